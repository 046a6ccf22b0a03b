-- Up Migration
-- Rate limits shared by every instance (issue 22): failed sign-ins and public-form messages per address, one row a
-- hit, counted over a sliding window. In memory they were per instance (N instances, N times the limit) and a restart
-- forgot them. Rows older than a day are removed as new hits come; grant_app_role (0005) covers the table.
create table rate_limit_hits (
  key text collate "C" not null,
  at text collate "C" not null
);
create index rate_limit_hits_key on rate_limit_hits (key, at);
create index rate_limit_hits_at on rate_limit_hits (at);

-- Down Migration
drop table rate_limit_hits;
