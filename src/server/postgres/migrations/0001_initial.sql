-- Up Migration
-- Kvalitetsflöde's shared record. Timestamps are ISO-8601 UTC text exactly as the engine writes them,
-- and keys compare in "C" collation, so SQL orders rows exactly like the engine's JS reference.

-- Published process definitions: immutable versions, the JSON exactly as published.
create table definitions (
  id text collate "C" not null,
  version int not null,
  definition json not null,
  primary key (id, version)
);

-- The event log. `body` is the whole sealed event as JSON text (json, not jsonb: key order and
-- the exact text stay as hashed). The other columns are copies for indexes and checks.
create table events (
  arende_id text collate "C" not null,
  seq int not null check (seq >= 0),
  id text collate "C" not null unique,
  type text collate "C" not null,
  at text collate "C" not null,
  actor_user text collate "C",
  body json not null,
  hash text collate "C" not null,
  primary key (arende_id, seq)
);

-- The newest event of each ärende, signed with a key the database does not hold.
create table chain_heads (
  arende_id text collate "C" primary key,
  seq int not null,
  hash text collate "C" not null,
  key_id text collate "C" not null,
  signature text not null
);

-- History is append-only in the database itself: the app role lacks UPDATE/DELETE (grant_app_role),
-- and this trigger refuses them even to a superuser unless it is explicitly disabled.
create function refuse_history_change() returns trigger language plpgsql as $$
begin
  raise exception using
    errcode = 'KF403',
    message = format('Tabellen %s får bara läggas till i: %s är inte tillåtet, historiken ändras och raderas aldrig.', tg_table_name, tg_op);
end
$$;

create trigger events_append_only before update or delete on events for each row execute function refuse_history_change();
create trigger events_no_truncate before truncate on events for each statement execute function refuse_history_change();
create trigger definitions_append_only before update or delete on definitions for each row execute function refuse_history_change();
create trigger definitions_no_truncate before truncate on definitions for each statement execute function refuse_history_change();

-- List rows: a cache of the replayed state, one per ärende, with the columns every list filters and orders by.
create table summaries (
  arende_id text collate "C" primary key,
  process_type text collate "C" not null,
  definition_id text collate "C" not null,
  definition_version int not null,
  enhet_id text collate "C" not null,
  status text collate "C" not null,
  opened_at text collate "C" not null,
  opened_by text collate "C" not null,
  updated_at text collate "C" not null,
  next_due_at text collate "C" not null,
  kategori text collate "C",
  -- searchTextOf(row), lower-cased in JS so SQL and the reference fold letters the same way.
  search_text text collate "C" not null,
  "row" json not null
);
create index summaries_newest on summaries (updated_at, arende_id);
create index summaries_deadline on summaries (next_due_at, arende_id);
create index summaries_status_deadline on summaries (status, next_due_at, arende_id);
create index summaries_enhet_newest on summaries (enhet_id, updated_at, arende_id);
create index summaries_definition on summaries (definition_id, definition_version);
create index summaries_process on summaries (process_type, updated_at);
create index summaries_opened_at on summaries (opened_at);

-- The inbox: per open list row, one row per role it waits for, at that role's earliest due
-- (from `roleDue`), replaced whenever the row is written. Walked in due order per role and enhet.
create table waiting (
  arende_id text collate "C" not null,
  role text collate "C" not null,
  enhet_id text collate "C" not null,
  due_at text collate "C" not null,
  primary key (arende_id, role)
);
create index waiting_inbox on waiting (role, due_at, arende_id);
create index waiting_inbox_enhet on waiting (role, enhet_id, due_at, arende_id);

-- The reports' facts per ärende (a cache beside the list row).
create table facts (
  arende_id text collate "C" primary key,
  facts json not null
);

-- One append in one statement (one round trip): chain heads advance only from the event's
-- predecessor, so of two racing writers exactly one wins; the loser gets KF409 and nothing is written.
-- No NOTIFY in here: PostgreSQL serialises the commits of notifying transactions (see PgEventStore).
create function kf_append(p_events json, p_heads json, p_rows json, p_waiting json, p_facts json)
returns void language plpgsql as $$
declare
  h record;
  n int;
begin
  for h in select * from json_to_recordset(p_heads) as x(arende_id text, from_seq int, seq int, hash text, key_id text, signature text) loop
    if h.from_seq = 0 then
      insert into chain_heads (arende_id, seq, hash, key_id, signature)
        values (h.arende_id, h.seq, h.hash, h.key_id, h.signature)
        on conflict (arende_id) do nothing;
    else
      update chain_heads c set seq = h.seq, hash = h.hash, key_id = h.key_id, signature = h.signature
        where c.arende_id = h.arende_id and c.seq = h.from_seq - 1;
    end if;
    get diagnostics n = row_count;
    if n = 0 then
      raise exception using
        errcode = 'KF409',
        message = format('Ärendet %s har redan en händelse nummer %s, eller saknar den föregående.', h.arende_id, h.from_seq),
        detail = json_build_object('arendeId', h.arende_id, 'seq', h.from_seq)::text;
    end if;
  end loop;

  insert into events (arende_id, seq, id, type, at, actor_user, body, hash)
    select e->>'arendeId', (e->>'seq')::int, e->>'id', e->>'type', e->>'at', e->'actor'->>'userId', e, e->>'hash'
    from json_array_elements(p_events) as e;

  delete from waiting where arende_id in (select r.s->>'arendeId' from json_to_recordset(p_rows) as r(s json, t text));

  insert into summaries as o (arende_id, process_type, definition_id, definition_version, enhet_id, status, opened_at, opened_by, updated_at, next_due_at, kategori, search_text, "row")
    select r.s->>'arendeId', r.s->>'processType', r.s->>'definitionId', (r.s->>'definitionVersion')::int, r.s->>'enhetId', r.s->>'status',
           r.s->>'openedAt', r.s->>'openedBy', r.s->>'updatedAt', r.s->>'nextDueAt', r.s->>'kategori', r.t, r.s
    from json_to_recordset(p_rows) as r(s json, t text)
  on conflict (arende_id) do update set
    process_type = excluded.process_type, definition_id = excluded.definition_id, definition_version = excluded.definition_version,
    enhet_id = excluded.enhet_id, status = excluded.status, opened_at = excluded.opened_at, opened_by = excluded.opened_by,
    updated_at = excluded.updated_at, next_due_at = excluded.next_due_at, kategori = excluded.kategori,
    search_text = excluded.search_text, "row" = excluded."row";

  insert into waiting (arende_id, role, enhet_id, due_at)
    select w.a, w.r, w.e, w.d from json_to_recordset(p_waiting) as w(a text, r text, e text, d text);

  insert into facts (arende_id, facts)
    select f->>'arendeId', f from json_array_elements(p_facts) as f
  on conflict (arende_id) do update set facts = excluded.facts;
end
$$;

-- The organisation and its people (read by PgDirectory; written by the server's administration).
create table forvaltningar (
  id text collate "C" primary key,
  namn text not null
);
create table verksamheter (
  id text collate "C" primary key,
  namn text not null,
  forvaltning_id text collate "C" not null references forvaltningar (id),
  ort text
);
create table enheter (
  id text collate "C" primary key,
  namn text not null,
  verksamhet_id text collate "C" not null references verksamheter (id)
);
create table users (
  id text collate "C" primary key,
  namn text not null,
  created_at text collate "C" not null
);
-- valid_from ≤ at < valid_to (or open-ended): an assignment's history is kept, never overwritten.
create table role_assignments (
  id bigserial primary key,
  user_id text collate "C" not null references users (id),
  role text collate "C" not null,
  scope_kind text collate "C" not null check (scope_kind in ('enhet', 'verksamhet', 'forvaltning')),
  scope_id text collate "C" not null,
  valid_from text collate "C" not null,
  valid_to text collate "C"
);
create index role_assignments_user on role_assignments (user_id);

-- Every change of the organisation tells each server instance to drop its cached directory.
create function notify_directory_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('directory_changed', tg_table_name);
  return null;
end
$$;
create trigger forvaltningar_changed after insert or update or delete or truncate on forvaltningar for each statement execute function notify_directory_changed();
create trigger verksamheter_changed after insert or update or delete or truncate on verksamheter for each statement execute function notify_directory_changed();
create trigger enheter_changed after insert or update or delete or truncate on enheter for each statement execute function notify_directory_changed();
create trigger users_changed after insert or update or delete or truncate on users for each statement execute function notify_directory_changed();
create trigger role_assignments_changed after insert or update or delete or truncate on role_assignments for each statement execute function notify_directory_changed();

-- Server sessions (only a hash of the session id is stored).
create table sessions (
  id_hash text collate "C" primary key,
  user_id text collate "C" not null references users (id) on delete cascade,
  created_at text collate "C" not null,
  last_seen_at text collate "C" not null,
  expires_at text collate "C" not null
);
create index sessions_user on sessions (user_id);
create index sessions_expires on sessions (expires_at);

-- Idempotency: the answer to a command is kept under the client's key, so a resend gets it again.
create table commands (
  user_id text collate "C" not null,
  key text collate "C" not null,
  response json not null,
  created_at text collate "C" not null,
  primary key (user_id, key)
);
create index commands_created on commands (created_at);

-- Results of verifyLog.
create table integrity_checks (
  id bigserial primary key,
  checked_at text collate "C" not null,
  ok boolean not null,
  arenden int not null,
  events int not null,
  problems json not null
);

-- Grants for the application's own login role (run as the owner, again after each migration):
-- history is SELECT/INSERT only, so UPDATE and DELETE are refused by grants before the trigger.
create function grant_app_role(app_role text) returns void language plpgsql as $$
begin
  execute format('grant usage on schema %I to %I', current_schema(), app_role);
  execute format('revoke all on events, definitions from %I', app_role);
  execute format('grant select, insert on events, definitions to %I', app_role);
  execute format('grant select, insert, update on chain_heads to %I', app_role);
  execute format('grant select, insert, update, delete on summaries, waiting, facts, forvaltningar, verksamheter, enheter, users, role_assignments, sessions, commands to %I', app_role);
  execute format('grant select, insert on integrity_checks to %I', app_role);
  execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
  -- So the server, running as this role, sees that the schema is up to date.
  execute format('grant select on pgmigrations to %I', app_role);
end
$$;
revoke execute on function grant_app_role(text) from public;

-- Down Migration
drop function grant_app_role(text);
drop table integrity_checks;
drop table commands;
drop table sessions;
drop table role_assignments;
drop table users;
drop table enheter;
drop table verksamheter;
drop table forvaltningar;
drop function notify_directory_changed();
drop function kf_append(json, json, json, json, json);
drop table facts;
drop table waiting;
drop table summaries;
drop table chain_heads;
drop table events;
drop table definitions;
drop function refuse_history_change();
