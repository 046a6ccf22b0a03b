import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { memoryPublicIntake } from '../../src/server/intake/memoryPublicIntake';
import { pgPublicIntake } from '../../src/server/postgres/intake/pgPublicIntake';
import type { PublicIntake } from '../../src/server/intake/PublicIntake';
import { createTestDatabase } from './testDatabase';

const KEY = '0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
const item = (id: string, key: string | undefined, beskrivning = 'Maten var kall.') => ({
  id,
  processType: 'synpunkter',
  enhetId: 'enhet:solgarden',
  data: { typ: 'klagomal', beskrivning, villHaSvar: false },
  receivedAt: '2026-06-01T08:00:00.000Z',
  ...(key ? { idempotencyKey: key } : {}),
});

/** The waiting room's key (issue 21), the same on the memory twin, PGlite and PostgreSQL. */
function intakeSuite(name: string, open: () => Promise<{ intake: PublicIntake; close(): Promise<void> }>) {
  describe(`what came in through the public form, on ${name}`, () => {
    let intake: PublicIntake;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ intake, close } = await open());
    });
    afterAll(async () => close());

    it('keeps one item per key: a second send with the key gets the first back and stores nothing', async () => {
      expect(await intake.receive(item('a1', KEY))).toBeUndefined();
      const again = await intake.receive(item('a2', KEY, 'Något annat.'));
      expect(again).toMatchObject({ id: 'a1', idempotencyKey: KEY, data: { beskrivning: 'Maten var kall.' } });
      // Two at once with a new key: one is stored, the other finds it.
      const both = await Promise.all([intake.receive(item('b1', 'b'.repeat(8))), intake.receive(item('b2', 'b'.repeat(8)))]);
      expect(both.filter((r) => r === undefined)).toHaveLength(1);
      // Items without a key (from before keys) never meet each other.
      expect(await intake.receive(item('c1', undefined))).toBeUndefined();
      expect(await intake.receive(item('c2', undefined))).toBeUndefined();
      expect((await intake.allPending()).map((i) => i.id).sort()).toEqual(['a1', both[0] === undefined ? 'b1' : 'b2', 'c1', 'c2'].sort());
      expect(await intake.get('a1')).toMatchObject({ idempotencyKey: KEY });
    });

    it('puts back items from a backup with their keys, leaving one whose id or key is already here', async () => {
      const added = await intake.restore([item('d1', 'd'.repeat(8)), item('d2', KEY), item('a1', undefined)]);
      expect(added).toBe(1);
      expect(await intake.get('d1')).toMatchObject({ idempotencyKey: 'd'.repeat(8) });
      expect(await intake.get('d2')).toBeUndefined();
      expect(await intake.receive(item('d3', 'd'.repeat(8)))).toMatchObject({ id: 'd1' });
    });
  });
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const onDb = async (db: Db) => {
  await migrate(db);
  return { intake: pgPublicIntake(db), close: () => db.close() };
};
intakeSuite('the memory twin', async () => ({ intake: memoryPublicIntake(), close: async () => undefined }));
intakeSuite('PostgreSQL', () => onDb(pgDb({ url: database.url, poolSize: 4 })));
intakeSuite('PGlite', async () => onDb(await pgliteDb()));
