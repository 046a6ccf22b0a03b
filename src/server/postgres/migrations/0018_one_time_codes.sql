-- Up Migration
-- Issue 22 §2, the leftovers. A rate limit takes a hit in one step (count and insert under a lock on the key) and a
-- sign-in that succeeds gives its hit back, by this id.
alter table rate_limit_hits add column id bigserial primary key;
-- The administratör no longer types a one-time password: the server makes a one-time code, mails it to the person only,
-- and it stops working after this time. grant_app_role (0005) covers the new sequence.
alter table local_accounts add column one_time_until text collate "C";

-- Down Migration
alter table local_accounts drop column one_time_until;
alter table rate_limit_hits drop column id;
