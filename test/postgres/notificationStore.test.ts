import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import type { DueNotification } from '../../src/engine/internal';
import { pgNotificationStore } from '../../src/server/postgres/notifications/pgNotificationStore';
import { createTestDatabase } from './testDatabase';

const NOW = '2026-12-02T08:00:00.000Z';
const note = (n: number, recipientId = 'user:erik'): DueNotification => ({
  key: `arende:${n}|steg|steg:x|${recipientId}|${NOW}`,
  kind: 'steg',
  arendeId: `arende:${n}`,
  recipientId,
  ref: 'steg:x',
  stepTitle: 'Omedelbara åtgärder',
  dueAt: '2026-12-03T08:00:00.000Z',
  notifyAt: NOW,
});

/** The same queue on both engines: the embedded default must keep the same promises as a real PostgreSQL. */
function storeSuite(name: string, open: () => Promise<Db>) {
  describe(`notification store and mail queue on ${name}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await open();
      await migrate(db);
      await db.exec(
        `insert into users (id, namn, created_at, epost) values ('user:erik', 'Erik Holm', '${NOW}', 'erik@example.org'), ` +
          `('user:lina', 'Lina Ek', '${NOW}', null)`,
      );
    });
    afterAll(async () => {
      await db?.close();
    });

    it('records a key once, queues its mail in the same statement, and hands a job to one claimer at a time', async () => {
      const store = pgNotificationStore(db);
      expect(await store.record([note(1), note(1), note(2)], NOW, true)).toBe(2);
      expect(await store.record([note(1)], NOW, true)).toBe(0);
      // Someone the directory no longer has is skipped, not an error.
      expect(await store.record([note(3, 'user:borta')], NOW, true)).toBe(0);
      const a = await store.claimMail(60_000);
      const b = await store.claimMail(60_000);
      expect(a && b && a.id !== b.id).toBe(true);
      expect(await store.claimMail(60_000)).toBeUndefined();
      expect(a!).toMatchObject({
        to: 'erik@example.org',
        attempts: 1,
        items: [{ stepTitle: 'Omedelbara åtgärder', dueAt: '2026-12-03T08:00:00.000Z' }],
      });
      await store.mailDone(a!, 'sent', NOW);
      // A failure waits for its back-off; then the same job comes back with one more attempt.
      await store.mailFailed(b!, 'ECONNREFUSED', 300);
      expect(await store.claimMail(60_000)).toBeUndefined();
      await new Promise((r) => setTimeout(r, 400));
      expect(await store.claimMail(60_000)).toMatchObject({ id: b!.id, attempts: 2 });
      const { rows } = await db.query<{ emailed: number }>('select count(emailed_at)::int as emailed from notifications');
      expect(rows[0]!.emailed).toBe(1);
    });

    it("reads, marks and counts only the person's own, and keeps each person's e-mail choice", async () => {
      const store = pgNotificationStore(db);
      await store.record([note(4, 'user:lina')], NOW, true);
      expect(await store.unread('user:lina')).toBe(1);
      const erik = await store.list('user:erik', 50);
      await store.markRead(
        'user:lina',
        erik.items.map((i) => i.id),
        NOW,
      );
      expect(await store.unread('user:erik')).toBe(erik.unread);
      await store.markRead('user:erik', 'all', NOW);
      expect(await store.unread('user:erik')).toBe(0);
      expect(await store.preference('user:lina')).toBe('direkt');
      await store.setPreference('user:lina', 'av', NOW);
      expect(await store.preference('user:lina')).toBe('av');
      expect(await store.record([note(5, 'user:lina')], NOW, true)).toBe(1);
      expect((await db.query("select count(*)::int as n from mail_jobs where recipient_id = 'user:lina'")).rows[0]).toEqual({ n: 1 });
    });

    it('lets one sweeper at a time hold the sweep, and plans ärenden by their next time', async () => {
      const store = pgNotificationStore(db);
      expect(await store.takeSweep(60_000)).toBe(true);
      expect(await store.takeSweep(60_000)).toBe(false);
      await store.schedule([
        { arendeId: 'arende:a', nextAt: '2026-12-02T07:00:00.000Z' },
        { arendeId: 'arende:b', nextAt: '2026-12-09T07:00:00.000Z' },
        { arendeId: 'arende:c', nextAt: null },
      ]);
      await db.exec('delete from notification_replan');
      expect(await store.dueForSweep(NOW)).toEqual([{ arendeId: 'arende:a', first: false }]);
      // A role given asks for every open ärende once; the sweep that takes the request clears it.
      await db.exec(`insert into summaries (arende_id, process_type, definition_id, definition_version, enhet_id, status,
          opened_at, opened_by, updated_at, next_due_at, search_text, "row")
        values ('arende:b', 'lex-sarah', 'lex-sarah', 1, 'enhet:x', 'open', '${NOW}', 'user:erik', '${NOW}', '${NOW}', '', '{}')`);
      await db.exec(
        `insert into role_assignments (user_id, role, scope_kind, scope_id, valid_from) values ('user:lina', 'sas', ` +
          `'forvaltning', 'forvaltning:x', '${NOW}')`,
      );
      expect(await store.dueForSweep(NOW)).toEqual([
        { arendeId: 'arende:a', first: false },
        { arendeId: 'arende:b', first: false },
      ]);
      expect(await store.dueForSweep(NOW)).toEqual([{ arendeId: 'arende:a', first: false }]);
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

storeSuite('PostgreSQL', async () => pgDb({ url: database.url, poolSize: 2 }));
storeSuite('PGlite', () => pgliteDb());
