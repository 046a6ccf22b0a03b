import type { Db } from '../../adapters/postgres/Db';
import type { IntakeItem, PublicIntake } from './PublicIntake';

interface Row {
  id: string;
  process_type: string;
  enhet_id: string;
  data: Record<string, unknown>;
  received_at: string;
  registered_arende_id: string | null;
  registered_by: string | null;
  registered_at: string | null;
}

const itemOf = (r: Row): IntakeItem => ({
  id: r.id,
  processType: r.process_type,
  enhetId: r.enhet_id,
  data: r.data,
  receivedAt: r.received_at,
  ...(r.registered_at && r.registered_arende_id && r.registered_by ? { registered: { arendeId: r.registered_arende_id, userId: r.registered_by, at: r.registered_at } } : {}),
});

/** Public submissions in PostgreSQL (migration 0011), shared by every instance. */
export function pgPublicIntake(db: Db): PublicIntake {
  return {
    async receive(item) {
      await db.query('insert into public_intake (id, process_type, enhet_id, data, received_at) values ($1, $2, $3, $4, $5)', [
        item.id,
        item.processType,
        item.enhetId,
        JSON.stringify(item.data),
        item.receivedAt,
      ]);
    },
    async pending(enhetIds) {
      if (enhetIds.length === 0) return [];
      const { rows } = await db.query<Row>('select * from public_intake where registered_at is null and enhet_id = any($1) order by received_at, id', [enhetIds]);
      return rows.map(itemOf);
    },
    async allPending() {
      const { rows } = await db.query<Row>('select * from public_intake where registered_at is null order by received_at, id');
      return rows.map(itemOf);
    },
    async restore(items) {
      if (items.length === 0) return 0;
      const { rows } = await db.query<{ id: string }>(
        `insert into public_intake (id, process_type, enhet_id, data, received_at)
           select i->>'id', i->>'processType', i->>'enhetId', (i->'data')::jsonb, i->>'receivedAt' from json_array_elements($1::json) i
         on conflict (id) do nothing returning id`,
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
        'update public_intake set registered_arende_id = $2, registered_by = $3, registered_at = $4 where id = $1 and registered_at is null returning id',
        [id, arendeId, userId, at],
      );
      return rows.length === 1;
    },
  };
}
