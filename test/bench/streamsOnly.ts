/**
 * Only the server bench's streams part (issue 24), for a quick before/after: a fresh PostgreSQL database with a few
 * ärenden, one server process, `KF_BENCH_SCALE` × 2,000 open streams while 32 writers commit. `npx tsx test/bench/streamsOnly.ts`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSigner } from '../../src/server/postgres/headSigner';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { spawnServer } from '../support/serverProcess';
import { populate } from './population';
import { benchSessions, commits } from './serverBench';
import { withScratchDatabase } from './scratchDatabase';
import { streamsBench, streamsSetup } from './streamsBench';

const scale = Number(process.env.KF_BENCH_SCALE ?? 1);

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kf-streams-'));
  const keyFile = join(work, 'nyckel.pem');
  try {
    await withScratchDatabase('kf_streams', ({ url }) => streamsOn(url, keyFile));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function streamsOn(url: string, keyFile: string): Promise<void> {
  const db = pgDb({ url });
  await migrate(db);
  await populate(new PgEventStore(db, loadOrCreateSigner({ keyFile })), Math.round(100_000 * scale), new Date().toISOString());
  await db.close();
  const env = { DATABASE_URL: url, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', KF_SIGNING_KEY_FILE: keyFile };
  const server = await spawnServer({ ...env, LOG_LEVEL: 'error', KF_NOTIFY_SWEEP_SECONDS: '0' });
  try {
    const h = await benchSessions(server.url);
    await commits(server, h, 4, 60); // warm-up
    const load = () => commits(server, h, 32, Math.round(2400 * Math.max(scale, 0.2)));
    const live = await streamsBench(streamsSetup(server, h.anna, Math.round(2000 * Math.max(scale, 0.1)), load));
    console.log(
      `${live.streams} strömmar: p50 ${live.p50.toFixed(1)} ms, p95 ${live.p95.toFixed(1)} ms (${live.delivered} av ${live.expected} ` +
        `framme); ${live.rssPerStreamKb.toFixed(1)} kB per ström`,
    );
  } catch (e) {
    console.error(server.output());
    throw e;
  } finally {
    await server.kill('SIGTERM');
  }
}

await main();
