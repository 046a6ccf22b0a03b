-- Up Migration
-- Reading outside one's own units (issue 10, item 4): a SAS or chef on duty for others ("tjänstgörande
-- SAS", "jour") states why, gets a time-limited read of that one ärende, and every read carries the reason.
alter table access_log add column reason text;
create table reading_grants (
  id bigserial primary key,
  user_id text collate "C" not null references users (id),
  arende_id text collate "C" not null,
  reason text not null,
  granted_at text collate "C" not null,
  expires_at text collate "C" not null
);
create index reading_grants_lookup on reading_grants (user_id, arende_id, expires_at);

-- Down Migration
drop table reading_grants;
alter table access_log drop column reason;
