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

create or replace function grant_app_role(app_role text) returns void language plpgsql as $$
begin
  execute format('grant usage on schema %I to %I', current_schema(), app_role);
  execute format('revoke all on events, definitions, access_log, organisation_changes from %I', app_role);
  execute format('grant select, insert on events, definitions, access_log, organisation_changes to %I', app_role);
  execute format('grant select, insert, update on chain_heads to %I', app_role);
  execute format('grant select, insert, update, delete on summaries, waiting, facts, forvaltningar, verksamheter, enheter, users, role_assignments, sessions, commands, local_accounts to %I', app_role);
  execute format('grant select, insert on integrity_checks to %I', app_role);
  execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
  execute format('grant select on pgmigrations to %I', app_role);
end
$$;

-- Down Migration
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
drop table local_accounts;
