import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IntegrityReport } from '../../src/api/contract';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { demoSession } from '../support/serverProcess';

/** The whole log is checked at every start; the SAS sees the result without running anything. */
describe('integrity check at start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-startcheck-'));
  const config = readConfig({ KF_DATA_DIR: dir, KF_DEMO: '1', PORT: '0' });
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function reportSeenBySas(s: RunningServer): Promise<IntegrityReport> {
    const sara = await demoSession(s.url, 'user:sara');
    for (let i = 0; i < 300; i++) {
      const body = (await (await fetch(`${s.url}/api/integrity`, { headers: sara })).json()) as { report: IntegrityReport | null };
      if (body.report) return body.report;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Ingen kontroll registrerades efter start.');
  }

  it('records a check of the seeded log at start; after a change behind its back the next start names the ärende', async () => {
    server = await startServer(config, { logger: false });
    const first = await reportSeenBySas(server);
    expect(first).toMatchObject({ ok: true, problems: [] });
    expect(first.arenden).toBeGreaterThanOrEqual(12);

    // A superuser edits one event (triggers off) while the server is down.
    const { db } = server.context;
    const victim = (await db.query<{ arende_id: string }>('select arende_id from events where seq = 1 order by arende_id limit 1')).rows[0]!
      .arende_id;
    await db.query('alter table events disable trigger all');
    await db.query(
      `update events set body = jsonb_set(body::jsonb, '{at}', '"2020-01-01T00:00:00.000Z"')::json where arende_id = $1 and seq = 1`,
      [victim],
    );
    await db.query('alter table events enable trigger all');
    await server.close();

    server = await startServer(config, { logger: false });
    let second = await reportSeenBySas(server);
    for (let i = 0; i < 300 && second.checkedAt === first.checkedAt; i++) {
      await new Promise((r) => setTimeout(r, 100));
      second = await reportSeenBySas(server);
    }
    expect(second.ok).toBe(false);
    expect(second.problems.map((p) => p.arendeId)).toContain(victim);
  }, 120_000);
});
