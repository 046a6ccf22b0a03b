-- Up Migration
-- The organisation as data (issue 10, item 2): the administratör's changes are events themselves,
-- kept forever (who changed which unit or whose roles, when). A closed enhet keeps its ärenden.
create table organisation_changes (
  id bigserial primary key,
  at text collate "C" not null,
  by_user text collate "C" not null,
  kind text collate "C" not null,
  subject text collate "C" not null,
  data json not null
);
create index organisation_changes_subject on organisation_changes (subject, id);
create trigger organisation_changes_append_only before update or delete on organisation_changes for each row execute function refuse_history_change();
create trigger organisation_changes_no_truncate before truncate on organisation_changes for each statement execute function refuse_history_change();
alter table enheter add column closed_at text collate "C";
-- grant_app_role (0005) gives the app role select and insert only, by the history trigger.

-- Down Migration
alter table enheter drop column closed_at;
drop table organisation_changes;
