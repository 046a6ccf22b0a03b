import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { pgAccessLog } from '../../src/server/postgres/access/pgAccessLog';
import { createTestDatabase } from './testDatabase';

function accessLogSuite(name: string, open: () => Promise<Db>) {
  describe(`access log on ${name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await open();
      await migrate(db);
    });
    afterAll(async () => {
      await db?.close();
    });

    it('keeps what it is given, finds it by ärende number (literally) and by person, newest first', async () => {
      const log = pgAccessLog(db);
      await log.record({
        at: '2026-12-01T10:00:00.000Z',
        userId: 'user:erik',
        role: 'enhetschef',
        kind: 'oppnat',
        arendeId: 'arende:3f2a9c1b-0000',
        enhetId: 'enhet:solgarden',
      });
      await log.record({
        at: '2026-12-01T10:05:00.000Z',
        userId: 'user:lina',
        kind: 'nekat',
        arendeId: 'arende:3f2a9c1b-0000',
        enhetId: 'enhet:solgarden',
      });
      await log.record({ at: '2026-12-01T10:06:00.000Z', userId: 'user:lina', kind: 'nekat', arendeId: 'arende:3f2a_c1b-0000' });
      const byNumber = await log.search({ arende: '3F2A9C1B', limit: 10 });
      expect(byNumber.rows.map((r) => [r.userId, r.role, r.kind])).toEqual([
        ['user:lina', undefined, 'nekat'],
        ['user:erik', 'enhetschef', 'oppnat'],
      ]);
      // `_` in what is typed is a letter, not a wildcard.
      expect((await log.search({ arende: '3f2a_', limit: 10 })).rows.map((r) => r.arendeId)).toEqual(['arende:3f2a_c1b-0000']);
      expect((await log.search({ arende: 'arende:3f2a9c1b-0000', limit: 1 })).next).toBeDefined();
      expect((await log.search({ userId: 'user:lina', limit: 10 })).rows).toHaveLength(2);
    });

    it('refuses to change or delete what is logged, even to the owner', async () => {
      await expect(db.query("update access_log set user_id = 'user:ingen'")).rejects.toThrow(/får bara läggas till i/);
      await expect(db.query('delete from access_log')).rejects.toThrow(/får bara läggas till i/);
      await expect(
        db.query("insert into access_log (at, user_id, kind) values ('2026-12-01T10:00:00.000Z', 'user:erik', 'raderat')"),
      ).rejects.toThrow();
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

accessLogSuite('PostgreSQL', async () => pgDb({ url: database.url, poolSize: 2 }));
accessLogSuite('PGlite', () => pgliteDb());
