-- Up Migration
-- The nämnd's beslut on a published process version (issue 27): instans, date, diarienummer, paragraf, and who
-- recorded it when. Append-only like the access log: a correction is a new row, the latest per version holds.
-- No foreign key to definitions: the shipped versions are read from files; the route checks that the version exists.
create table version_beslut (
  id bigserial primary key,
  process_id text collate "C" not null,
  version int not null check (version >= 1),
  instans text not null check (length(btrim(instans)) between 1 and 120),
  beslutsdatum date not null,
  diarienummer text not null check (length(btrim(diarienummer)) between 1 and 60),
  paragraf text check (paragraf is null or length(paragraf) between 1 and 20),
  recorded_by text collate "C" not null,
  recorded_at text collate "C" not null
);
create index version_beslut_process on version_beslut (process_id, version, id);
create trigger version_beslut_append_only before update or delete on version_beslut for each row execute function refuse_history_change();
create trigger version_beslut_no_truncate before truncate on version_beslut for each statement execute function refuse_history_change();

-- Down Migration
drop table version_beslut;
