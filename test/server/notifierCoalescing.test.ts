import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { staticDirectory } from '../../src/engine/internal';
import type { ArendeState } from '../../src/engine/internal';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgNotificationStore } from '../../src/server/postgres/notifications/pgNotificationStore';
import { seedOrganisation } from '../../src/server/postgres/PgDirectory';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { createNotifier } from '../../src/server/notifications/Notifier';
import { createWorld, example } from '../support/world';

/** Notifications after commits (issue 24): commits landing while a refresh is in flight share the next statement. */
describe('the notifier after commits', () => {
  let db: Db;
  beforeAll(async () => {
    db = await pgliteDb();
    await migrate(db);
    await seedOrganisation(db, DEMO_ORG, DEMO_USERS, '2000-01-01T00:00:00.000Z');
  });
  afterAll(() => db.close());

  it('records every committed ärende, those that waited in one statement together', async () => {
    const world = await createWorld();
    const states: ArendeState[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await world.open('lex-sarah', 'enhet:solgarden', 'user:anna');
      states.push((await world.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'))).state);
    }
    const real = pgNotificationStore(db);
    const calls: string[][] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const notifier = createNotifier({
      store: {
        ...real,
        async record(list, now, mail, schedule) {
          calls.push((schedule ?? []).map((s) => s.arendeId));
          if (calls.length === 1) await held;
          return real.record(list, now, mail, schedule);
        },
      },
      engine: world.engine,
      directory: staticDirectory(DEMO_ORG, DEMO_USERS),
      clock: world.clock,
      userIds: async () => DEMO_USERS.map((u) => u.userId),
      publicUrl: 'http://localhost',
      sweepMs: 0,
    });
    const [a, b, c] = states as [ArendeState, ArendeState, ArendeState];
    notifier.committed([a.arendeId], [a]);
    notifier.committed([b.arendeId], [b]);
    notifier.committed([c.arendeId], [c]);
    notifier.committed([b.arendeId], [b]);
    release();
    await notifier.stop();
    expect(calls).toEqual([[a.arendeId], [b.arendeId, c.arendeId]]);
    const { rows } = await db.query<{ arende_id: string }>('select arende_id from notification_schedule order by arende_id');
    expect(rows.map((r) => r.arende_id)).toEqual(states.map((s) => s.arendeId).sort());
    const erik = await real.list('user:erik', 50);
    for (const s of states)
      expect(
        erik.items.some((n) => JSON.stringify(n).includes(s.arendeId)),
        s.arendeId,
      ).toBe(true);
  });
});
