/**
 * Step commits at small scale (issue 24, item 1): a little data, then commits over HTTP at 1 and 32 clients on
 * PostgreSQL and PGlite, with CPU per commit. `npx tsx test/bench/commitBench.ts` prints; `commitBench` returns figures.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Db } from '../../src/server/postgres/Db';
import { loadOrCreateSigner } from '../../src/server/postgres/headSigner';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { spawnServer } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { clickBench } from './clickBench';
import type { ClickFigures } from './clickBench';
import { populate } from './population';
import { benchSessions, commits, cpuSeconds } from './serverBench';
import { withScratchDatabase } from './scratchDatabase';

export interface CommitFigures {
  clients: number;
  rate: number;
  p50: number;
  p95: number;
  n: number;
  /** CPU milliseconds per commit: the server process and PostgreSQL's processes (0 on PGlite: it is inside the server). */
  serverCpu: number;
  pgCpu: number;
}

async function fill(db: Db, keyFile: string, arenden: number): Promise<void> {
  try {
    await migrate(db);
    await populate(new PgEventStore(db, loadOrCreateSigner({ keyFile })), arenden, new Date().toISOString());
  } finally {
    await db.close();
  }
}

/** Commits at each client count against a server started with `env`; the first run warms up. */
async function measure(
  env: Record<string, string>,
  levels: readonly number[],
  total: number,
  pgPids: () => Promise<number[]> = async () => [],
  then?: (server: ServerProcess, h: Record<'anna' | 'erik', Record<string, string>>) => Promise<void>,
): Promise<CommitFigures[]> {
  const server = await spawnServer({ ...env, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', LOG_LEVEL: 'error', KF_NOTIFY_SWEEP_SECONDS: '0' });
  try {
    const h = await benchSessions(server.url);
    await commits(server, h, 4, 120);
    const out: CommitFigures[] = [];
    for (const clients of levels) {
      const pids = await pgPids();
      const before = { server: cpuSeconds([server.child.pid!]), pg: cpuSeconds(pids) };
      const r = await commits(server, h, clients, clients === 1 ? Math.max(60, total / 4) : total);
      const per = (sec: number) => (1000 * sec) / r.n;
      out.push({
        clients,
        ...r,
        serverCpu: per(cpuSeconds([server.child.pid!]) - before.server),
        pgCpu: per(cpuSeconds(pids) - before.pg),
      });
    }
    await then?.(server, h);
    return out;
  } finally {
    await server.kill();
  }
}

/** Step commits on a real PostgreSQL and on PGlite with `arenden` ärenden already stored. */
export async function commitBench(
  arenden = 2000,
  total = 800,
  clicks?: { staticRoot: string; runs: number },
): Promise<{ postgres: CommitFigures[]; pglite: CommitFigures[]; click?: ClickFigures }> {
  let click: ClickFigures | undefined;
  const work = mkdtempSync(join(tmpdir(), 'kf-commitbench-'));
  const levels = [1, 32];
  const postgres = await withScratchDatabase('kf_commitbench', async ({ name, url, admin }) => {
    const keyFile = join(work, 'pg-nyckel.pem');
    await fill(pgDb({ url }), keyFile, arenden);
    // Only this database's backends: other work on the machine's PostgreSQL is not the commits' cost.
    const backends = async () =>
      (await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])).rows.map((r) => r.pid);
    const env = { DATABASE_URL: url, KF_SIGNING_KEY_FILE: keyFile, ...(clicks ? { KF_STATIC_ROOT: clicks.staticRoot } : {}) };
    return measure(env, levels, total, backends, async (server, h) => {
      if (clicks) click = await clickBench(server, h, clicks.runs);
    });
  });
  const dataDir = join(work, 'pglite-data');
  mkdirSync(dataDir, { recursive: true });
  const keyFile = join(dataDir, 'signeringsnyckel.pem');
  await fill(await pgliteDb({ dataDir: join(dataDir, 'pglite') }), keyFile, arenden);
  const pglite = await measure({ KF_DATA_DIR: dataDir, KF_SIGNING_KEY_FILE: keyFile }, levels, total);
  rmSync(work, { recursive: true, force: true });
  return { postgres, pglite, ...(click ? { click } : {}) };
}

/** Chromium's click → new view, beside its target. */
export function printClick(c: ClickFigures, label = 'PostgreSQL'): void {
  console.log(
    `  Chromium, klick på Spara och skicka till den nya vyn (${label}): p50 ${c.p50.toFixed(1)} ms, p95 ${c.p95.toFixed(1)} ms ` +
      `(${c.n} klick; mål p95 ≤ 100 ms); läsningar av ärendet per klick: ${c.readsPerClick.toFixed(1)} (mål 0)`,
  );
}

/** Swedish lines: each figure beside its target. */
export function printCommitFigures(label: string, rows: readonly CommitFigures[], embedded: boolean): void {
  const f = (n: number) => n.toFixed(2);
  for (const r of rows) {
    const target =
      r.clients === 1 ? 'mål p95 ≤ 5 ms' : `mål ≥ 1 000/s, p95 ≤ 50 ms; CPU servern ≤ ${embedded ? '1,5' : '0,5'} ms, PostgreSQL ≤ 0,5 ms`;
    console.log(
      `  ${label}, ${String(r.clients).padStart(2)} klienter: ${Math.round(r.rate)} commits/s, p50 ${f(r.p50)} ms, p95 ${f(r.p95)} ms ` +
        `(${r.n}); CPU per commit servern ${f(r.serverCpu)} ms${embedded ? '' : `, PostgreSQL ${f(r.pgCpu)} ms`} (${target})`,
    );
  }
}

if (process.argv[1]?.endsWith('commitBench.ts')) {
  const arenden = Number(process.env.KF_COMMIT_ARENDEN ?? 2000);
  const total = Number(process.env.KF_COMMIT_TOTAL ?? 800);
  // KF_CLICK_RUNS: also click → new view in Chromium (builds the app first).
  const runs = Number(process.env.KF_CLICK_RUNS ?? 0);
  const staticRoot = join(mkdtempSync(join(tmpdir(), 'kf-clickbench-')), 'dist');
  if (runs > 0) await build({ root: join(import.meta.dirname, '..', '..'), logLevel: 'warn', build: { outDir: staticRoot } });
  const r = await commitBench(arenden, total, runs > 0 ? { staticRoot, runs } : undefined);
  console.log(`Stegcommits över HTTP med ${arenden} ärenden i förväg:`);
  printCommitFigures('PostgreSQL', r.postgres, false);
  printCommitFigures('PGlite', r.pglite, true);
  if (r.click) printClick(r.click);
}
