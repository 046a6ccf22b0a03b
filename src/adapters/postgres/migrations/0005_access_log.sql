-- Up Migration
-- Loggkontroll (issue 10, item 4): every opening, print and export of an ärende's content, and
-- every refused read. Append-only like the events: the same trigger refuses changes and deletions.
create table access_log (
  id bigserial primary key,
  at text collate "C" not null,
  user_id text collate "C" not null,
  role text collate "C",
  kind text collate "C" not null check (kind in ('oppnat', 'utskrift', 'export', 'nekat')),
  arende_id text collate "C",
  enhet_id text collate "C",
  detail text
);
create index access_log_arende on access_log (arende_id, id);
create index access_log_user on access_log (user_id, id);
create trigger access_log_append_only before update or delete on access_log for each row execute function refuse_history_change();
create trigger access_log_no_truncate before truncate on access_log for each statement execute function refuse_history_change();

-- The application's role may read and add to the log, never change it.
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

-- Down Migration
create or replace function grant_app_role(app_role text) returns void language plpgsql as $$
begin
  execute format('grant usage on schema %I to %I', current_schema(), app_role);
  execute format('revoke all on events, definitions from %I', app_role);
  execute format('grant select, insert on events, definitions to %I', app_role);
  execute format('grant select, insert, update on chain_heads to %I', app_role);
  execute format('grant select, insert, update, delete on summaries, waiting, facts, forvaltningar, verksamheter, enheter, users, role_assignments, sessions, commands to %I', app_role);
  execute format('grant select, insert on integrity_checks to %I', app_role);
  execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
  execute format('grant select on pgmigrations to %I', app_role);
end
$$;
drop table access_log;
