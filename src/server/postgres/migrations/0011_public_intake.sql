-- Up Migration
-- A public form without an account (issue 12: synpunkter och klagomål from the förvaltning's web site):
-- what comes in waits here, signed by no one, until a person registers it as an ärende in her own name.
create table public_intake (
  id text collate "C" primary key,
  process_type text collate "C" not null,
  enhet_id text collate "C" not null,
  data jsonb not null,
  received_at text collate "C" not null,
  registered_arende_id text collate "C",
  registered_by text collate "C" references users (id),
  registered_at text collate "C"
);
create index public_intake_pending on public_intake (enhet_id, received_at) where registered_at is null;

-- Down Migration
drop table public_intake;
