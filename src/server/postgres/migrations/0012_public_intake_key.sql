-- Up Migration
-- Issue 21: the public form sends a key made once per filled-in form; a send retried after a lost answer carries the
-- same key and finds the item already here, so it is kept once. Items from before have none (null: never equal).
alter table public_intake add column idempotency_key text collate "C";
create unique index public_intake_idempotency_key on public_intake (idempotency_key);

-- Down Migration
drop index public_intake_idempotency_key;
alter table public_intake drop column idempotency_key;
