import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { buildApp, CLIENT_HEADER } from '../../src/server/http/buildApp';
import { rateLimit } from '../../src/server/limits/RateLimits';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgRateLimits } from '../../src/server/postgres/limits/pgRateLimits';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { createTestDatabase } from '../postgres/testDatabase';

/** Issue 22 §2: racing attempts on several instances of one PostgreSQL pass the limit no more often than the limit. */
describe('rate limits under racing attempts, on real PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-grans-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: RunningServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0' };
    server = await startServer(readConfig(env), { logger: false });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('admits exactly the limit of 40 parallel hits from three pools (three instances), and a given-back hit frees one', async () => {
    const pools = [
      pgDb({ url: database.url, poolSize: 8 }),
      pgDb({ url: database.url, poolSize: 8 }),
      pgDb({ url: database.url, poolSize: 8 }),
    ];
    await migrate(pools[0]!);
    const limits = pools.map((db) => rateLimit(pgRateLimits(db), 'prov', 7, 60_000));
    const now = '2026-12-07T12:00:00.000Z';
    const taken = await Promise.all(Array.from({ length: 40 }, (_, i) => limits[i % 3]!.take('203.0.113.7', now)));
    expect(taken.filter((t) => t !== undefined)).toHaveLength(7);
    await taken.find((t) => t !== undefined)!.giveBack();
    const after = await Promise.all(Array.from({ length: 10 }, (_, i) => limits[i % 3]!.take('203.0.113.7', now)));
    expect(after.filter((t) => t !== undefined)).toHaveLength(1);
    // Another address has its own count; the window moves on.
    expect(await limits[0]!.take('203.0.113.8', now)).toBeDefined();
    expect(await limits[1]!.take('203.0.113.7', '2026-12-07T12:01:00.001Z')).toBeDefined();
    await Promise.all(pools.map((db) => db.close()));
  });

  it('answers exactly ten of 24 parallel wrong sign-ins on two instances with 401, the rest with 429', async () => {
    const apps = [server.app, await buildApp(server.context.server)];
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        apps[i % 2]!.inject({
          method: 'POST',
          url: '/api/session/local',
          headers: { [CLIENT_HEADER]: '1' },
          payload: { username: 'ingen', password: `gissning nummer ${i}` },
          remoteAddress: '198.51.100.77',
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect([statuses.filter((s) => s === 401).length, statuses.filter((s) => s === 429).length]).toEqual([10, 14]);
    await apps[1]!.close();
  });
});
