-- Up Migration
-- Local accounts (issue 10, item 1) for the embedded default and small installations: a user name and
-- an argon2id hash per person; repeated failures lock the account for a growing time.
create table local_accounts (
  user_id text collate "C" primary key references users (id) on delete cascade,
  username text collate "C" not null unique,
  password_hash text not null,
  failed_count int not null default 0,
  locked_until text collate "C",
  changed_at text collate "C" not null
);
-- grant_app_role (0005) lets the app role change and remove accounts like the other directory tables.

-- Down Migration
drop table local_accounts;
