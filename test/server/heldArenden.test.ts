import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrityReport } from '../../src/api/contract';
import type { ArendeSummary } from '../../src/engine/index';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { asSuperuser, createTestDatabase } from '../postgres/testDatabase';
import { demoSession } from '../support/serverProcess';

type Headers = Record<string, string>;

/**
 * Issue 22: a running instance that learns of a failed check stops serving the ärenden it names – also the instance
 * that did not run the check – and serves them again once a later check passes. Two instances, one real PostgreSQL.
 */
describe('ärenden named by a failed check of the log are held on every instance', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-held-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = {
      DATABASE_URL: database.url,
      KF_DEMO: '1',
      PORT: '0',
      KF_DATA_DIR: dir,
      KF_CHECKPOINT_MS: '0',
    };
    // One after the other: the first creates the signing key both use, and seeds the demo.
    servers.push(await startServer(readConfig(env), { logger: false }));
    servers.push(await startServer(readConfig({ ...env, KF_DEMO_ARENDEN: '0' }), { logger: false }));
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) await s.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async <T>(s: RunningServer, method: string, path: string, headers: Headers, body?: unknown) => {
    const res = await fetch(`${s.url}${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const oneId = (where: string) =>
    asSuperuser(
      database.url,
      async (c) => (await c.query<{ arende_id: string }>(`select arende_id from summaries ${where}`)).rows[0]!.arende_id,
    );
  const listIds = async (s: RunningServer, h: Headers) =>
    (await call<{ rows: ArendeSummary[] }>(s, 'POST', '/api/arenden/list', h, { query: { limit: 500 } })).body.rows.map((r) => r.arendeId);
  const runCheck = async (s: RunningServer, h: Headers) =>
    (await call<{ report: IntegrityReport }>(s, 'POST', '/api/integrity/run', h, {})).body.report;
  /** The other instance hears of the check by NOTIFY: wait until it answers as expected. */
  const eventually = async (probe: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await probe()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await probe()).toBe(true);
  };

  it('holds an ärende whose list row was moved to another enhet, on both instances, until the row is put back', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const erik = await demoSession(a.url, 'user:erik');
    const lina = await demoSession(a.url, 'user:lina');
    const adam = await demoSession(a.url, 'user:adam');
    const erikB = await demoSession(b.url, 'user:erik');
    const victim = await oneId("where enhet_id = 'enhet:solgarden' and status = 'open' order by arende_id limit 1");
    expect(await listIds(a, erik)).toContain(victim);
    expect((await call(a, 'GET', `/api/arenden/${encodeURIComponent(victim)}`, erik)).status).toBe(200);

    // Someone with the database moves the row to Lärkan, Lina's enhet.
    await asSuperuser(database.url, (c) => c.query("update summaries set enhet_id = 'enhet:larkan' where arende_id = $1", [victim]));
    const report = await runCheck(a, adam);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.arendeId)).toContain(victim);

    for (const [s, h] of [
      [a, erik],
      [b, erikB],
    ] as const) {
      await eventually(async () => (await call(s, 'GET', `/api/arenden/${encodeURIComponent(victim)}`, h)).status === 409);
      const read = await call<{ error: { message: string } }>(s, 'GET', `/api/arenden/${encodeURIComponent(victim)}`, h);
      expect(read.body.error.message).toMatch(/^Ärendet visas inte just nu: den senaste kontrollen av loggen fann fel i det/);
      expect(await listIds(s, h)).not.toContain(victim);
      const step = await call(s, 'POST', `/api/arenden/${encodeURIComponent(victim)}/commands`, h, { type: 'x', data: {} });
      expect(step.status).toBe(409);
    }
    // Lina, where the row now points, neither lists it nor learns why it is held: to her it does not exist.
    expect(await listIds(a, lina)).not.toContain(victim);
    expect((await call(a, 'GET', `/api/arenden/${encodeURIComponent(victim)}`, lina)).status).toBe(404);

    // The row put back and checked again: both instances serve it again.
    await asSuperuser(database.url, (c) => c.query("update summaries set enhet_id = 'enhet:solgarden' where arende_id = $1", [victim]));
    expect((await runCheck(a, adam)).problems.map((p) => p.arendeId)).not.toContain(victim);
    await eventually(async () => (await call(b, 'GET', `/api/arenden/${encodeURIComponent(victim)}`, erikB)).status === 200);
    expect(await listIds(b, erikB)).toContain(victim);
  }, 120_000);

  it('replays every log against its list row: the demo passes whole, a row marked closed while its log is open is named', async () => {
    const a = servers[0]!;
    const adam = await demoSession(a.url, 'user:adam');
    const clean = await runCheck(a, adam);
    expect(clean.problems).toEqual([]);
    expect(clean.arenden).toBeGreaterThanOrEqual(20);
    const victim = await oneId("where status = 'open' order by arende_id desc limit 1");
    // Closed in the column and in the row's JSON alike, so it drops out of every "öppna" list and inbox.
    const close = (to: string) =>
      asSuperuser(database.url, (c) =>
        c.query(
          `update summaries set status = $2, "row" = ("row"::jsonb || jsonb_build_object('status', $2::text))::json where arende_id = $1`,
          [victim, to],
        ),
      );
    await close('closed');
    expect((await runCheck(a, adam)).problems).toEqual([
      { arendeId: victim, reason: 'Listraden anger status "closed", men ärendets logg säger "open": raden har ändrats.' },
    ]);
    await close('open');
    expect((await runCheck(a, adam)).ok).toBe(true);
  }, 120_000);

  it('a restarted instance remembers what the newest check named', async () => {
    const a = servers[0]!;
    const adam = await demoSession(a.url, 'user:adam');
    const victim = await oneId("where enhet_id = 'enhet:solgarden' order by arende_id desc limit 1");
    await asSuperuser(database.url, (c) => c.query("update summaries set process_type = 'egenkontroll' where arende_id = $1", [victim]));
    expect((await runCheck(a, adam)).problems.map((p) => p.arendeId)).toContain(victim);
    await a.close();
    servers[0] = await startServer(
      readConfig({ DATABASE_URL: database.url, KF_DEMO: '1', PORT: '0', KF_DATA_DIR: dir, KF_CHECKPOINT_MS: '0', KF_DEMO_ARENDEN: '0' }),
      { logger: false },
    );
    const sara = await demoSession(servers[0].url, 'user:sara');
    expect((await call(servers[0], 'GET', `/api/arenden/${encodeURIComponent(victim)}`, sara)).status).toBe(409);
  }, 120_000);
});
