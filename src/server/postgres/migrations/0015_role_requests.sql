-- Up Migration
-- Four eyes on power (issue 22): a role that reads case content, or the administratör's own, waits here until a second
-- person (another administratör or the förvaltningschef) approves it; the request and the decision are organisation changes.
create table role_requests (
  id bigserial primary key,
  user_id text collate "C" not null references users (id),
  role text collate "C" not null,
  scope_kind text collate "C" not null,
  scope_id text collate "C" not null,
  requested_by text collate "C" not null,
  requested_at text collate "C" not null,
  decided_by text collate "C",
  decided_at text collate "C",
  decision text collate "C" check (decision in ('godkand', 'avslagen')),
  assignment_id bigint references role_assignments (id),
  check ((decision is null) = (decided_by is null) and (decision is null) = (decided_at is null)),
  check (decided_by is null or (decided_by <> requested_by and decided_by <> user_id))
);
-- One open request per person, role and place: the same CSV file again adds none.
create unique index role_requests_pending on role_requests (user_id, role, scope_kind, scope_id) where decision is null;

-- A password the administratör sets is used once: the person chooses her own before anything else.
alter table local_accounts add column must_change boolean not null default false;
-- grant_app_role (0005) gives the app role what it gives every directory table.

-- Down Migration
alter table local_accounts drop column must_change;
drop table role_requests;
