import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import type { StartCheck } from '../../src/server/ledger/startupCheck';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { asSuperuser, createTestDatabase } from '../postgres/testDatabase';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** One server's life on its own database and data dir: started, stopped, tampered with while down. */
async function installation() {
  const dir = mkdtempSync(join(tmpdir(), 'kf-renstopp-'));
  const { url, drop } = await createTestDatabase();
  const config = readConfig({ DATABASE_URL: url, KF_DATA_DIR: dir, KF_DEMO: '1', PORT: '0', KF_NOTIFY_SWEEP_SECONDS: '0' });
  let server: RunningServer | undefined;
  cleanups.push(async () => {
    await server?.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });
  const stop = async () => {
    await server?.close();
    server = undefined;
  };
  return {
    url,
    record: config.cleanStopFile,
    stop,
    running: () => server!,
    async start(): Promise<StartCheck> {
      await stop();
      server = await startServer(config, { logger: false });
      for (let i = 0; i < 1200; i++) {
        const r = server.context.server.integrity.lastStart();
        if (r) return r;
        await new Promise((res) => setTimeout(res, 50));
      }
      throw new Error('Kontrollen vid start blev inte klar.');
    },
    /** As someone with the database while the server is down: the history triggers off, the statements, back on. */
    async behindItsBack(...statements: string[]): Promise<void> {
      await stop();
      await asSuperuser(url, async (c) => {
        for (const t of ['events', 'ledger']) await c.query(`alter table ${t} disable trigger user`);
        for (const sql of statements) await c.query(sql);
        for (const t of ['events', 'ledger']) await c.query(`alter table ${t} enable trigger user`);
      });
    },
    async newArende(): Promise<void> {
      const anna = await demoSession(server!.url, 'user:anna');
      const res = await fetch(`${server!.url}/api/arenden`, {
        method: 'POST',
        headers: { ...anna, 'content-type': 'application/json' },
        body: JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') }),
      });
      expect(res.status).toBeLessThan(300);
    },
  };
}

/**
 * Issue 24: after a provably clean stop the check at start covers only what changed since the last passing check; a
 * missing, forged or stale record, or a database changed while the server was down, gets the whole log's check.
 */
describe('the check at start after a clean stop', () => {
  it('is whole at a first start and after a crash; incremental after a clean stop (a new ärende in it); used once', async () => {
    const kf = await installation();
    const first = await kf.start();
    expect(first).toMatchObject({ kind: 'hel', ok: true });
    expect(first.why).toContain('stoppades inte rent');
    expect(first.arenden).toBeGreaterThanOrEqual(12);
    await kf.newArende();
    const second = await kf.start();
    expect(second).toMatchObject({ kind: 'inkrementell', ok: true, problems: 0 });
    expect(second.arenden).toBeGreaterThanOrEqual(1);
    expect(second.arenden).toBeLessThan(first.arenden);
    expect(existsSync(kf.record)).toBe(false);
    // A crash (kill -9) writes no record.
    await kf.stop();
    rmSync(kf.record);
    expect(await kf.start()).toMatchObject({ kind: 'hel', ok: true });
  }, 180_000);

  it('is whole when the record was forged (its horizon moved on) or an older one was put back', async () => {
    const kf = await installation();
    await kf.start();
    await kf.stop();
    const older = readFileSync(kf.record, 'utf8');
    const forged = JSON.parse(older) as { verifiedFrom: string };
    writeFileSync(kf.record, JSON.stringify({ ...forged, verifiedFrom: String(BigInt(forged.verifiedFrom) + 100_000n) }));
    expect(await kf.start()).toMatchObject({ kind: 'hel', ok: true, why: expect.stringContaining('signatur') });
    await kf.newArende();
    expect(await kf.start()).toMatchObject({ kind: 'inkrementell', ok: true });
    await kf.stop();
    writeFileSync(kf.record, older);
    expect(await kf.start()).toMatchObject({ kind: 'hel', ok: true, why: expect.stringContaining('inaktuell') });
  }, 180_000);

  it('finds an event edited while the server was down, long before the last checkpoint, and names its ärende', async () => {
    const kf = await installation();
    await kf.start();
    await kf.newArende();
    expect(await kf.start()).toMatchObject({ kind: 'inkrementell', ok: true });
    const victim = await asSuperuser(kf.url, async (c) => {
      const { rows } = await c.query<{ a: string }>('select arende_id as a from ledger order by pos limit 1');
      return rows[0]!.a;
    });
    await kf.behindItsBack(
      `update events set body = jsonb_set(body::jsonb, '{at}', '"2020-01-01T00:00:00.000Z"')::json ` +
        `where arende_id = '${victim}' and seq = 0`,
    );
    const found = await kf.start();
    // The record was good: the incremental check found the edit and handed over to the whole check, which names it.
    expect(found).toMatchObject({ kind: 'hel', ok: false, why: expect.stringContaining('Händelse 0') });
    const report = await kf.running().context.server.integrity.latest();
    expect(report?.problems.map((p) => p.arendeId)).toContain(victim);
  }, 180_000);

  it('finds an ärende deleted whole while the server was down (a deletion leaves no changed row behind)', async () => {
    const kf = await installation();
    await kf.start();
    await kf.start();
    const victim = `(select arende_id from ledger order by pos limit 1)`;
    await kf.behindItsBack(
      ...['events', 'facts', 'summaries', 'chain_heads'].map((t) => `delete from ${t} where arende_id = ${victim}`),
      `delete from ledger where arende_id = ${victim}`,
    );
    expect(await kf.start()).toMatchObject({ kind: 'hel', ok: false, why: expect.stringContaining('händelser har tagits bort') });
  }, 180_000);
});
