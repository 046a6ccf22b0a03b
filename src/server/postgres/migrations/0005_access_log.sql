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

-- grant_app_role once for every later table: a table with the history trigger (events, definitions,
-- this log) is read and added to only; the rest as 0001 gave them. Later migrations need not restate it.
create or replace function grant_app_role(app_role text) returns void language plpgsql as $$
declare
  t record;
begin
  execute format('grant usage on schema %I to %I', current_schema(), app_role);
  for t in
    select c.relname,
      exists (select 1 from pg_trigger g join pg_proc p on p.oid = g.tgfoid where g.tgrelid = c.oid and p.proname = 'refuse_history_change') as history
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'pgmigrations'
  loop
    execute format('revoke all on %I from %I', t.relname, app_role);
    if t.history or t.relname = 'integrity_checks' then
      execute format('grant select, insert on %I to %I', t.relname, app_role);
    elsif t.relname = 'chain_heads' then
      execute format('grant select, insert, update on %I to %I', t.relname, app_role);
    else
      execute format('grant select, insert, update, delete on %I to %I', t.relname, app_role);
    end if;
  end loop;
  execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
  -- So the server, running as this role, sees that the schema is up to date.
  execute format('grant select on pgmigrations to %I', app_role);
end
$$;

-- Down Migration
-- The general grant_app_role stays: on the schema without this table it gives 0001's grants.
drop table access_log;
