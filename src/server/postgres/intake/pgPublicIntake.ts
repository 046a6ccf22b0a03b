import type { Db } from '../Db';
import type { IntakeItem, PublicIntake } from '../../intake/PublicIntake';

interface Row {
  id: string;
  process_type: string;
  enhet_id: string;
  data: Record<string, unknown>;
  received_at: string;
  registered_arende_id: string | null;
  registered_by: string | null;
  registered_at: string | null;
  idempotency_key: string | null;
}

const itemOf = (r: Row): IntakeItem => ({
  id: r.id,
  processType: r.process_type,
  enhetId: r.enhet_id,
  data: r.data,
  receivedAt: r.received_at,
  ...(r.idempotency_key !== null ? { idempotencyKey: r.idempotency_key } : {}),
  ...(r.registered_at && r.registered_arende_id && r.registered_by
    ? { registered: { arendeId: r.registered_arende_id, userId: r.registered_by, at: r.registered_at } }
    : {}),
});

/** Public submissions in PostgreSQL (migrations 0011, 0012), shared by every instance. */
export function pgPublicIntake(db: Db): PublicIntake {
  return {
    async receive(item) {
      // A retry (or two at once) with the same key: the unique index lets one in, the other reads what it let in.
      const { rows } = await db.query<{ id: string }>(
        'insert into public_intake (id, process_type, enhet_id, data, received_at, idempotency_key) values ($1, $2, $3, $4, $5, ' +
          '$6) on conflict do nothing returning id',
        [item.id, item.processType, item.enhetId, JSON.stringify(item.data), item.receivedAt, item.idempotencyKey ?? null],
      );
      if (rows.length === 1) return undefined;
      const same = await db.query<Row>('select * from public_intake where idempotency_key = $1', [item.idempotencyKey ?? null]);
      if (!same.rows[0]) throw new Error(`Det inkomna meddelandet ${item.id} kunde inte sparas.`);
      return itemOf(same.rows[0]);
    },
    async pending(enhetIds) {
      if (enhetIds.length === 0) return [];
      const { rows } = await db.query<Row>(
        'select * from public_intake where registered_at is null and enhet_id = any($1) order by received_at, id',
        [enhetIds],
      );
      return rows.map(itemOf);
    },
    async allPending() {
      const { rows } = await db.query<Row>('select * from public_intake where registered_at is null order by received_at, id');
      return rows.map(itemOf);
    },
    async restore(items) {
      if (items.length === 0) return 0;
      const { rows } = await db.query<{ id: string }>(
        `insert into public_intake (id, process_type, enhet_id, data, received_at, idempotency_key)
           select i->>'id', i->>'processType', i->>'enhetId', (i->'data')::jsonb, i->>'receivedAt', i->>'idempotencyKey' from
             json_array_elements($1::json) i
         on conflict do nothing returning id`,
        [JSON.stringify(items)],
      );
      return rows.length;
    },
    async get(id) {
      const { rows } = await db.query<Row>('select * from public_intake where id = $1', [id]);
      return rows[0] && itemOf(rows[0]);
    },
    async markRegistered(id, arendeId, userId, at) {
      const { rows } = await db.query<{ id: string }>(
        'update public_intake set registered_arende_id = $2, registered_by = $3, registered_at = $4 where id = $1 and ' +
          'registered_at is null returning id',
        [id, arendeId, userId, at],
      );
      return rows.length === 1;
    },
  };
}
