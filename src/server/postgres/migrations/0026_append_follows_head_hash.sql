-- Up Migration
-- Issue 24: a step is judged on the engine's remembered state of the ärende, without reading its log first. The head
-- moves only from the very event that state ends with: the stored head's seq AND hash must be the batch's predecessor
-- (`prev_hash` of its first event), else KF409 and the engine judges the command again on the log as it is now. A
-- missing prev_hash matches nothing. Otherwise the same as 0024.
create or replace function kf_append(p_events json, p_heads json, p_rows json, p_waiting json, p_facts json)
returns void language plpgsql as $$
declare
  h record;
  n int;
  base bigint;
begin
  for h in select * from json_to_recordset(p_heads) as x(arende_id text, from_seq int, prev_hash text, seq int, hash text, key_id text, signature text) loop
    if h.from_seq = 0 then
      insert into chain_heads (arende_id, seq, hash, key_id, signature)
        values (h.arende_id, h.seq, h.hash, h.key_id, h.signature)
        on conflict (arende_id) do nothing;
    else
      update chain_heads c set seq = h.seq, hash = h.hash, key_id = h.key_id, signature = h.signature
        where c.arende_id = h.arende_id and c.seq = h.from_seq - 1
          and c.hash = h.prev_hash;
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

  insert into waiting (arende_id, role, enhet_id, due_at, done_by)
    select w.a, w.r, w.e, w.d, coalesce(array(select json_array_elements_text(w.x)), '{}')
    from json_to_recordset(p_waiting) as w(a text, r text, e text, d text, x json);

  insert into facts (arende_id, facts)
    select f->>'arendeId', f from json_array_elements(p_facts) as f
  on conflict (arende_id) do update set facts = excluded.facts;

  -- The ledger last: its lock orders every commit, so it is held for this insert and the commit only, not the rows above.
  perform pg_advisory_xact_lock(7170017);
  select coalesce(max(pos), 0) into base from ledger;
  insert into ledger (pos, arende_id, seq, hash)
    select base + x.ord, x.e->>'arendeId', (x.e->>'seq')::int, x.e->>'hash'
    from json_array_elements(p_events) with ordinality as x(e, ord);
end
$$;

-- Down Migration
create or replace function kf_append(p_events json, p_heads json, p_rows json, p_waiting json, p_facts json)
returns void language plpgsql as $$
declare
  h record;
  n int;
  base bigint;
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

  insert into waiting (arende_id, role, enhet_id, due_at, done_by)
    select w.a, w.r, w.e, w.d, coalesce(array(select json_array_elements_text(w.x)), '{}')
    from json_to_recordset(p_waiting) as w(a text, r text, e text, d text, x json);

  insert into facts (arende_id, facts)
    select f->>'arendeId', f from json_array_elements(p_facts) as f
  on conflict (arende_id) do update set facts = excluded.facts;

  -- The ledger last: its lock orders every commit, so it is held for this insert and the commit only, not the rows above.
  perform pg_advisory_xact_lock(7170017);
  select coalesce(max(pos), 0) into base from ledger;
  insert into ledger (pos, arende_id, seq, hash)
    select base + x.ord, x.e->>'arendeId', (x.e->>'seq')::int, x.e->>'hash'
    from json_array_elements(p_events) with ordinality as x(e, ord);
end
$$;
