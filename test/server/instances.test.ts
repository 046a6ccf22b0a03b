import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSigner } from '../../src/server/postgres/headSigner';
import { openDatabase } from '../../src/server/postgres/openDatabase';
import { verifyLog } from '../../src/server/postgres/verifyLog';
import { createTestDatabase } from '../postgres/testDatabase';
import { privatePostgres, privatePostgresAvailable } from '../support/privatePostgres';
import { demoSession, spawnServer } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { example } from '../support/world';

/** Several server processes on one PostgreSQL, killed and restarted under load: the record holds. */
describe('server instances on real PostgreSQL', () => {
  const keyDir = mkdtempSync(join(tmpdir(), 'kf-nyckel-'));
  const env = (url: string) => ({ DATABASE_URL: url, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', KF_SIGNING_KEY_FILE: join(keyDir, 'nyckel.pem') });
  const running: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((s) => s.kill('SIGKILL')));
    rmSync(keyDir, { recursive: true, force: true });
  });

  async function chainsVerify(url: string) {
    const db = await openDatabase({ url });
    try {
      return await verifyLog(db, loadOrCreateSigner({ keyFile: join(keyDir, 'nyckel.pem') }));
    } finally {
      await db.close();
    }
  }

  const rapport = (url: string, headers: Record<string, string>, n: number) =>
    fetch(`${url}/api/arenden`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        processType: 'avvikelse',
        enhetId: 'enhet:solgarden',
        data: example('avvikelse-rapport', { handelse: `Last ${n}` }),
      }),
    });

  describe('two instances on one database', () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await Promise.all(running.splice(0).map((s) => s.kill('SIGKILL')));
      await database.drop();
    });

    it('gives exactly one of 100 simultaneous submissions of one step the win, with no gap or duplicate in seq', async () => {
      const a = await spawnServer(env(database.url));
      running.push(a);
      const b = await spawnServer(env(database.url));
      running.push(b);
      const anna = await demoSession(a.url, 'user:anna');
      const created = await fetch(`${a.url}/api/arenden`, {
        method: 'POST',
        headers: anna,
        body: JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') }),
      });
      expect(created.status).toBe(201);
      const id = ((await created.json()) as { summary: { arendeId: string } }).summary.arendeId;
      const erikA = await demoSession(a.url, 'user:erik');
      const erikB = await demoSession(b.url, 'user:erik');
      const body = JSON.stringify({ type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder') });
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) => {
          const [url, headers] = i % 2 ? [b.url, erikB] : [a.url, erikA];
          return fetch(`${url}/api/arenden/${encodeURIComponent(id)}/commands`, { method: 'POST', headers, body }).then(async (r) => ({
            status: r.status,
            body: await r.text(),
          }));
        }),
      );
      const won = answers.filter((r) => r.status === 200);
      expect(won, a.output() + b.output()).toHaveLength(1);
      // The losers get a clear Swedish conflict: someone saved first, or the step is already done.
      for (const r of answers.filter((x) => x.status !== 200)) {
        expect(r.status).toBe(409);
        expect(r.body).toMatch(/samtidigt|kan inte utföras nu/);
      }
      // Both instances see the same log; the other one learned of the step through PostgreSQL.
      for (const [url, headers] of [
        [a.url, erikA],
        [b.url, erikB],
      ] as const) {
        const view = (await (await fetch(`${url}/api/arenden/${encodeURIComponent(id)}`, { headers })).json()) as {
          events: { seq: number }[];
        };
        expect(view.events.map((e) => e.seq)).toEqual([0, 1, 2]);
      }
      expect(await chainsVerify(database.url)).toMatchObject({ ok: true });
    });

    it('keeps every acknowledged rapport when an instance is killed with SIGKILL under load', async () => {
      const a = running[0]!;
      const anna = await demoSession(a.url, 'user:anna');
      const acknowledged: string[] = [];
      let n = 0;
      let stop = false;
      const client = async () => {
        while (!stop) {
          try {
            const r = await rapport(a.url, anna, n++);
            if (r.status === 201) acknowledged.push(((await r.json()) as { summary: { arendeId: string } }).summary.arendeId);
          } catch {
            return; // the process is gone
          }
        }
      };
      const clients = Array.from({ length: 8 }, client);
      while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 50));
      await a.kill('SIGKILL');
      stop = true;
      await Promise.all(clients);
      running.splice(running.indexOf(a), 1);
      const again = await spawnServer(env(database.url));
      running.push(again);
      const sara = await demoSession(again.url, 'user:sara');
      const list = (await (
        await fetch(`${again.url}/api/arenden/list`, {
          method: 'POST',
          headers: sara,
          body: JSON.stringify({ query: { ids: acknowledged }, withTotal: true }),
        })
      ).json()) as {
        total: number;
      };
      expect(list.total).toBe(acknowledged.length);
      expect(await chainsVerify(database.url)).toMatchObject({ ok: true, problems: [] });
    });
  });

  describe.runIf(privatePostgresAvailable())('PostgreSQL restarted under load', () => {
    let cluster: Awaited<ReturnType<typeof privatePostgres>>;
    beforeAll(async () => {
      cluster = await privatePostgres();
    }, 120_000);
    afterAll(() => cluster?.destroy());

    it('answers with a clear error while the database is away, reconnects, and loses nothing acknowledged', async () => {
      const server = await spawnServer(env(cluster.url));
      running.push(server);
      const anna = await demoSession(server.url, 'user:anna');
      const acknowledged: string[] = [];
      const refusals = new Set<string>();
      let n = 0;
      let stop = false;
      const client = async () => {
        while (!stop) {
          const r = await rapport(server.url, anna, n++).catch(() => undefined);
          if (r?.status === 201) acknowledged.push(((await r.json()) as { summary: { arendeId: string } }).summary.arendeId);
          else if (r) refusals.add(`${r.status} ${((await r.json()) as { error?: { message?: string } }).error?.message}`);
        }
      };
      const clients = Array.from({ length: 6 }, client);
      while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 50));
      cluster.restart();
      const before = acknowledged.length;
      // After the restart the same clients succeed again without the server being restarted.
      const deadline = Date.now() + 60_000;
      while (acknowledged.length < before + 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      stop = true;
      await Promise.all(clients);
      expect(acknowledged.length, server.output()).toBeGreaterThanOrEqual(before + 20);
      for (const refusal of refusals) expect(refusal).toMatch(/^(503|500) .*(Databasen svarar inte|Något gick fel på servern)/);
      const sara = await demoSession(server.url, 'user:sara');
      const list = (await (
        await fetch(`${server.url}/api/arenden/list`, {
          method: 'POST',
          headers: sara,
          body: JSON.stringify({ query: { ids: acknowledged }, withTotal: true }),
        })
      ).json()) as {
        total: number;
      };
      expect(list.total).toBe(acknowledged.length);
      expect(await chainsVerify(cluster.url)).toMatchObject({ ok: true });
    });
  });
});
