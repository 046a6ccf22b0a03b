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

create or replace function grant_app_role(app_role text) returns void language plpgsql as $$
begin
  execute format('grant usage on schema %I to %I', current_schema(), app_role);
  execute format('revoke all on events, definitions, access_log, organisation_changes from %I', app_role);
  execute format('grant select, insert on events, definitions, access_log, organisation_changes to %I', app_role);
  execute format('grant select, insert, update on chain_heads to %I', app_role);
  execute format('grant select, insert, update, delete on summaries, waiting, facts, forvaltningar, verksamheter, enheter, users, role_assignments, sessions, commands to %I', app_role);
  execute format('grant select, insert on integrity_checks to %I', app_role);
  execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
  execute format('grant select on pgmigrations to %I', app_role);
end
$$;

-- Down Migration
create or replace function grant_app_role(app_role text) returns void language plpgsql as $$
begin
  execute format('grant usage on schema %I to %I', current_schema(), app_role);
  execute format('revoke all on events, definitions, access_log from %I', app_role);
  execute format('grant select, insert on events, definitions, access_log to %I', app_role);
  execute format('grant select, insert, update on chain_heads to %I', app_role);
  execute format('grant select, insert, update, delete on summaries, waiting, facts, forvaltningar, verksamheter, enheter, users, role_assignments, sessions, commands to %I', app_role);
  execute format('grant select, insert on integrity_checks to %I', app_role);
  execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
  execute format('grant select on pgmigrations to %I', app_role);
end
$$;
alter table enheter drop column closed_at;
drop table organisation_changes;
