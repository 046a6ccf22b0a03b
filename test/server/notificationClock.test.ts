import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { demoSession } from '../support/serverProcess';
import { example, lexSarahUntil, worldOver } from '../support/world';

/** The real server on PGlite with a clock the test moves: the komplettering's reminders come exactly three times. */
describe('reminders on the server clock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-paminnelse-'));
  const clock = fixedClock('2026-02-20T09:00:00.000Z');
  let s: RunningServer;
  beforeAll(async () => {
    s = await startServer(
      readConfig({ KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0', KF_NOTIFY_SWEEP_SECONDS: '3600' }),
      { logger: false, clock },
    );
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the one-month, two-week and three-day reminders once each as the clock passes them', async () => {
    const { engine } = s.context.server;
    const w = worldOver(engine, s.context.store, clock);
    // The anmälan goes to IVO on 20 February before the utredning is finished: the komplettering is due 20 April.
    const id = await lexSarahUntil(w, 'beslut', { allvarligt: true, utredningBifogad: false });
    const reminders = async () =>
      (
        await s.context.db.query<{ recipient_id: string; notify_at: string }>(
          "select recipient_id, notify_at from notifications where arende_id = $1 and kind = 'paminnelse' and recipient_id = " +
            "'user:sara' order by notify_at",
          [id],
        )
      ).rows.map((r) => r.notify_at);
    const at = async (iso: string) => {
      clock.set(iso);
      await s.context.notifier.sweep({ force: true });
      return reminders();
    };
    expect(await at('2026-03-20T06:59:00.000Z')).toEqual([]);
    expect(await at('2026-03-20T07:00:00.000Z')).toEqual(['2026-03-20T07:00:00.000Z']);
    expect(await at('2026-03-25T12:00:00.000Z')).toHaveLength(1);
    expect(await at('2026-04-02T06:00:00.000Z')).toEqual(['2026-03-20T07:00:00.000Z', '2026-04-02T06:00:00.000Z']);
    expect(await at('2026-05-01T00:00:00.000Z')).toEqual([
      '2026-03-20T07:00:00.000Z',
      '2026-04-02T06:00:00.000Z',
      '2026-04-17T06:00:00.000Z',
    ]);
    // Swept again, nothing is new; the passed deadline was told once to the SAS and later to the förvaltningschef.
    expect(await s.context.notifier.sweep({ force: true })).toBe(0);
    const { rows } = await s.context.db.query<{ kind: string; recipient_id: string }>(
      "select kind, recipient_id from notifications where arende_id = $1 and kind like 'frist_passerad%' and step_title = " +
        "'Komplettering till IVO' order by kind, recipient_id",
      [id],
    );
    expect(rows).toEqual([
      { kind: 'frist_passerad', recipient_id: 'user:sara' },
      { kind: 'frist_passerad', recipient_id: 'user:sofia' },
      { kind: 'frist_passerad_chef', recipient_id: 'user:fredrik' },
    ]);

    // Each week's overview exists from its Monday (a sweep later in the week still finds it). On Monday 4 May at 07:00 Stockholm each SAS
    // and chef over Solgården gets the week's count, once.
    const weekly = async () =>
      (
        await s.context.db.query<{ recipient_id: string; step_title: string; notify_at: string }>(
          "select recipient_id, step_title, notify_at from notifications where kind = 'veckooversikt' and notify_at >= " +
            "'2026-05-04' order by recipient_id",
        )
      ).rows;
    expect(await at('2026-05-04T04:59:00.000Z').then(weekly)).toEqual([]);
    await at('2026-05-04T05:00:00.000Z');
    await at('2026-05-04T09:00:00.000Z');
    const week = await weekly();
    expect(week.map((r) => r.recipient_id)).toEqual(['user:erik', 'user:fredrik', 'user:sara', 'user:sofia', 'user:vera']);
    expect(week[0]).toEqual({
      recipient_id: 'user:erik',
      step_title: '1 försenat ärende i dina enheter',
      notify_at: '2026-05-04T05:00:00.000Z',
    });

    // Once the komplettering is sent, the reports count the reminders it needed (three, and it came after the deadline).
    const stats = () => s.context.server.notifications!.reminderStats(undefined);
    expect((await stats()).find((r) => r.stepTitle === 'Komplettering till IVO')).toBeUndefined();
    await w.step(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering'));
    expect((await stats()).find((r) => r.stepTitle === 'Komplettering till IVO')).toEqual({
      stepTitle: 'Komplettering till IVO',
      steps: 1,
      reminders: 3,
      afterDeadline: 1,
    });
    const asErik = await demoSession(s.url, 'user:erik');
    expect((await fetch(`${s.url}/api/notifications/reminder-stats`, { headers: asErik })).status).toBe(403);
    const asPetra = await demoSession(s.url, 'user:petra');
    const answer = (await (await fetch(`${s.url}/api/notifications/reminder-stats`, { headers: asPetra })).json()) as {
      rows: { stepTitle: string }[];
    };
    expect(answer.rows.map((r) => r.stepTitle)).toContain('Komplettering till IVO');
  });
});
