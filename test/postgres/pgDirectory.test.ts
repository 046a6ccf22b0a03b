import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgDirectory, seedOrganisation } from '../../src/server/postgres/PgDirectory';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { createTestDatabase } from './testDatabase';

const TODAY = '2026-12-01T10:00:00.000Z';
const YESTERDAY = '2026-11-30T10:00:00.000Z';
const LAST_WEEK = '2026-11-24T10:00:00.000Z';
const bySv = <T extends { namn: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.namn.localeCompare(b.namn, 'sv'));

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 20));
};

function directorySuite(name: string, open: () => Promise<Db>) {
  describe(`PgDirectory on ${name}`, () => {
    let db: Db;
    let directory: PgDirectory;
    beforeAll(async () => {
      db = await open();
      await migrate(db);
      expect(await seedOrganisation(db, DEMO_ORG, DEMO_USERS, '2020-01-01T00:00:00.000Z')).toBe(true);
      directory = new PgDirectory(db);
    });
    afterAll(async () => {
      await directory?.close();
      await db?.close();
    });

    it('finds users by their written name, ignoring case and spacing (jäv for named inblandade)', async () => {
      expect(await directory.userIdsNamed('  sofia   ÅBERG ')).toEqual(['user:sofia']);
      expect(await directory.userIdsNamed('Kim Vikarie')).toEqual([]);
    });

    it('seeds the organisation once and reads it back', async () => {
      expect(await seedOrganisation(db, { forvaltningar: [], verksamheter: [], enheter: [] }, [], TODAY)).toBe(false);
      const org = await directory.organisation();
      expect(org.forvaltningar).toEqual(bySv(DEMO_ORG.forvaltningar));
      expect(org.verksamheter).toEqual(bySv(DEMO_ORG.verksamheter));
      expect(org.enheter).toEqual(bySv(DEMO_ORG.enheter));
      for (const user of DEMO_USERS) expect(await directory.actorAt(user.userId, TODAY)).toEqual(user);
      expect(await directory.actorAt('user:okand', TODAY)).toBeUndefined();
    });

    it('holds a role assignment only while it is valid: ended yesterday is not held today, but was last week', async () => {
      await db.query(
        "insert into role_assignments (user_id, role, scope_kind, scope_id, valid_from, valid_to) values ('user:anna', " +
          "'enhetschef', 'enhet', 'enhet:larkan', '2026-01-01T00:00:00.000Z', $1)",
        [YESTERDAY],
      );
      const roles = async (at: string) => (await directory.actorAt('user:anna', at))!.roles.map((r) => `${r.role}@${r.scope.id}`);
      // The change reaches this instance's cache through the trigger's notification.
      await until(async () => (await roles(LAST_WEEK)).includes('enhetschef@enhet:larkan'));
      expect(await roles(TODAY)).toEqual(['medarbetare@enhet:solgarden']);
      expect(await roles(YESTERDAY)).toEqual(['medarbetare@enhet:solgarden']);
      expect(await roles('2025-12-31T23:59:59.999Z')).toEqual(['medarbetare@enhet:solgarden']);
    });

    it('says when a person’s roles next change by their dates alone, and moves its generation at every change', async () => {
      const before = directory.generation;
      await db.query(
        "insert into role_assignments (user_id, role, scope_kind, scope_id, valid_from, valid_to) values ('user:maja', " +
          "'enhetschef', 'enhet', 'enhet:larkan', $1, $2)",
        [YESTERDAY, '2026-12-05T00:00:00.000Z'],
      );
      await until(async () => directory.generation !== before);
      expect(await directory.rolesChangeAfter('user:maja', LAST_WEEK)).toBe(YESTERDAY);
      expect(await directory.rolesChangeAfter('user:maja', TODAY)).toBe('2026-12-05T00:00:00.000Z');
      expect(await directory.rolesChangeAfter('user:maja', '2026-12-05T00:00:00.000Z')).toBeUndefined();
    });

    it('sees a renamed enhet and a new person after the tables change', async () => {
      await directory.organisation();
      await db.query("update enheter set namn = 'Ekbackens dagliga verksamhet' where id = 'enhet:ekbacken'");
      await db.query("insert into users (id, namn, created_at) values ('user:ny', 'Ny Person', $1)", [TODAY]);
      await until(async () => (await directory.organisation()).enheter.some((e) => e.namn === 'Ekbackens dagliga verksamhet'));
      expect(await directory.actorAt('user:ny', TODAY)).toEqual({ userId: 'user:ny', namn: 'Ny Person', roles: [] });
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

directorySuite('PostgreSQL', async () => pgDb({ url: database.url, poolSize: 3 }));
directorySuite('PGlite', () => pgliteDb());
