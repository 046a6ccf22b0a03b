/**
 * The server as the record, measured (prints figures, asserts nothing): for a real PostgreSQL and for
 * the embedded PGlite, the database's ceiling (bare single-row INSERT transactions), step commits
 * over HTTP, the inbox and Alla ärenden over 100,000 ärenden, the report year, and Chromium's cold load.
 * The server runs as its own process, as in production; this process only sends requests.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { build } from 'vite';
import type { Db } from '../../src/server/postgres/Db';
import { loadOrCreateSigner } from '../../src/server/postgres/headSigner';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import type { IntegrityReport } from '../../src/api/contract';
import { demoSession, spawnServer } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { example } from '../support/world';
import { populate } from './population';
import { cpuSeconds, postgresPids } from './cpu';
import { firstJsRow, summariseTarget } from './serverSummary';
import type { CommitRow } from './serverSummary';

export { cpuSeconds };
import { coldStart, initialJsGzip } from './coldBench';
import { forvaltningYear, printReport, reportHttp, reportPhases } from './reportServerBench';
import { clickBench } from './clickBench';
import { printClick } from './commitBench';
import { cleanRestart } from './startupBench';
import { streamsBench, streamsSetup } from './streamsBench';
import { ADMIN_URL, withScratchDatabase } from './scratchDatabase';

const ROOT = join(import.meta.dirname, '..', '..');
const fmt = (n: number) => Math.round(n).toLocaleString('sv-SE');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const median = (xs: readonly number[]) => pct(xs, 0.5);
type Headers = Record<string, string>;

/** Bare single-row INSERT transactions (autocommit) at a given concurrency: what the database itself allows. */
async function ceiling(run: (sql: string, params: unknown[]) => Promise<unknown>, writers: number, total: number): Promise<number> {
  const payload = 'x'.repeat(900);
  const per = Math.ceil(total / writers);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let i = 0; i < per; i++) await run('insert into kf_bench_ceiling (payload) values ($1)', [payload]);
    }),
  );
  return (per * writers) / ((performance.now() - start) / 1000);
}

async function measureCeiling(
  db: Db,
  label: string,
  total: number,
  levels: readonly number[],
  pool?: pg.Pool,
): Promise<{ rates: Map<number, number>; pgCpuMs?: number }> {
  await db.query('create table if not exists kf_bench_ceiling (id bigserial primary key, payload text not null)');
  const run = pool ? (sql: string, p: unknown[]) => pool.query(sql, p) : (sql: string, p: unknown[]) => db.query(sql, p);
  await ceiling(run, 1, 50);
  const out = new Map<number, number>();
  let pgCpuMs: number | undefined;
  for (const w of levels) {
    await ceiling(run, w, w); // every writer's connection (and PostgreSQL backend) exists before the CPU is read
    const pids = pool ? postgresPids() : [];
    const before = cpuSeconds(pids);
    out.set(w, await ceiling(run, w, total));
    // What a bare INSERT costs PostgreSQL (the reference for a commit's share); the embedded one has no process of its own.
    if (pool && w === levels[levels.length - 1]) pgCpuMs = (1000 * (cpuSeconds(pids) - before)) / (Math.ceil(total / w) * w);
  }
  await db.query('drop table kf_bench_ceiling');
  console.log(
    `  Taket – enradiga INSERT-transaktioner (${label}): ${levels.map((w) => `${w} samtidiga ${fmt(out.get(w)!)} tx/s`).join(', ')}`,
  );
  return { rates: out, ...(pgCpuMs !== undefined ? { pgCpuMs } : {}) };
}

/** The four people a commit's steps need, each with her own demo session. */
export async function benchSessions(url: string): Promise<Record<'anna' | 'erik' | 'sara' | 'fredrik', Headers>> {
  const [anna, erik, sara, fredrik] = await Promise.all(['anna', 'erik', 'sara', 'fredrik'].map((u) => demoSession(url, `user:${u}`)));
  return { anna: anna!, erik: erik!, sara: sara!, fredrik: fredrik! };
}

async function post(url: string, headers: Headers, body: unknown): Promise<{ status: number; json: unknown }> {
  const r = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: r.status, json: await r.json() };
}

/** Each client reports new lex Sarah ärenden and takes them through five steps, each by its own role: every request is one commit. */
export async function commits(
  server: ServerProcess,
  h: Record<'anna' | 'erik' | 'sara' | 'fredrik', Headers>,
  clients: number,
  total: number,
): Promise<{ rate: number; p50: number; p95: number; n: number }> {
  const plan: [keyof typeof h, string, string][] = [
    ['erik', 'omedelbara_atgarder.submit', 'lex-sarah-omedelbara-atgarder'],
    ['sara', 'registrering.submit', 'lex-sarah-registrering'],
    ['sara', 'utredning.submit', 'lex-sarah-utredning'],
    ['sara', 'bedomning.submit', 'lex-sarah-bedomning'],
    ['fredrik', 'beslut.submit', 'lex-sarah-beslut'],
  ];
  const data = Object.fromEntries(
    plan.map(([, type, form]) => [
      type,
      example(form, form.endsWith('bedomning') || form.endsWith('beslut') ? { klassificering: 'missforhallande', allvarligt: false } : {}),
    ]),
  );
  const rapport = example('lex-sarah-rapport-2');
  const latencies: number[] = [];
  const per = Math.ceil(total / clients);
  const timed = async (fn: () => Promise<{ status: number; json: unknown }>) => {
    const t0 = performance.now();
    const r = await fn();
    latencies.push(performance.now() - t0);
    if (r.status >= 300) throw new Error(`Steget nekades (${r.status}): ${JSON.stringify(r.json)}`);
    return r.json as { summary: { arendeId: string; lastSeq: number } };
  };
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      let done = 0;
      while (done < per) {
        const opened = await timed(() =>
          post(`${server.url}/api/arenden`, h.anna, { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: rapport }),
        );
        done++;
        let seq = opened.summary.lastSeq + 1;
        for (const [who, type] of plan) {
          if (done >= per) break;
          await timed(() =>
            post(`${server.url}/api/arenden/${encodeURIComponent(opened.summary.arendeId)}/commands`, h[who], {
              type,
              data: data[type],
              expectedSeq: seq,
            }),
          );
          seq++;
          done++;
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { rate: latencies.length / seconds, p50: median(latencies), p95: pct(latencies, 0.95), n: latencies.length };
}

async function latencyOf(
  n: number,
  fn: () => Promise<{ status: number; json: unknown }>,
): Promise<{ p50: number; p95: number; rows: number }> {
  for (let i = 0; i < 10; i++) await fn();
  const xs: number[] = [];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await fn();
    xs.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`Svar ${r.status}: ${JSON.stringify(r.json)}`);
    rows = (r.json as { rows: unknown[] }).rows.length;
  }
  return { p50: median(xs), p95: pct(xs, 0.95), rows };
}

/** Waits for the integrity check every start runs (so it does not share the CPU with the measurements); returns how long it took. */
async function startupCheck(server: ServerProcess, sara: Headers, since: number): Promise<IntegrityReport> {
  for (;;) {
    const r = (await (await fetch(`${server.url}/api/integrity`, { headers: sara })).json()) as { report: IntegrityReport | null };
    if (r.report && Date.parse(r.report.checkedAt) >= since - 1000) return r.report;
    await new Promise((res) => setTimeout(res, 250));
  }
}

interface Target {
  label: string;
  /** Opens the database for filling (closed before the server starts: PGlite has one owner). */
  open(): Promise<{ db: Db; pool?: pg.Pool }>;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

async function benchTarget(t: Target, scale: number, staticRoot: string, keyFile: string): Promise<void> {
  console.log(`\n${t.label}`);
  const levels = [1, 8, 32];
  const { db, pool } = await t.open();
  let ceilings: Map<number, number>;
  let ceilingPgCpuMs: number | undefined;
  const arenden = Math.round(100_000 * scale);
  try {
    const measured = await measureCeiling(db, t.label, Math.round(3000 * Math.max(scale, 0.2)), levels, pool);
    ceilings = measured.rates;
    ceilingPgCpuMs = measured.pgCpuMs;
    await migrate(db);
    const store = new PgEventStore(db, loadOrCreateSigner({ keyFile }));
    const started = performance.now();
    const filled = await populate(store, arenden, new Date().toISOString());
    console.log(
      `  Fyllt med ${fmt(filled.arenden)} ärenden och ${fmt(filled.events)} händelser (kopior av demons ärenden över ett år) på ` +
        `${fmt((performance.now() - started) / 1000)} s`,
    );
  } finally {
    await pool?.end();
    await db.close();
  }

  const since = Date.now();
  // No notification sweep: its first pass would plan all 100k ärenden once, in the middle of the measurements.
  const env = {
    ...t.env,
    KF_DEMO: '1',
    KF_DEMO_ARENDEN: '0',
    KF_SIGNING_KEY_FILE: keyFile,
    KF_STATIC_ROOT: staticRoot,
    LOG_LEVEL: 'error',
    KF_NOTIFY_SWEEP_SECONDS: '0',
  };
  let server = await spawnServer(env);
  try {
    const h = await benchSessions(server.url);
    const check = await startupCheck(server, h.sara, since);
    console.log(
      `  Kontrollen av hela loggen vid start: ${fmt(check.arenden)} ärenden, ${fmt(check.events)} ` +
        `händelser, ${check.ok ? 'inga fel' : `${check.problems.length} fel`} ` +
        `– klar ${fmt((Date.now() - since) / 1000)} s efter start`,
    );
    const restart = await cleanRestart(server, () => spawnServer(env));
    server = restart.server;
    console.log(
      `    Efter ett rent stopp (SIGTERM): ${restart.incremental.kind} kontroll ${ms(restart.incremental.seconds * 1000)} (mål ≤ 2 s; ` +
        `redo efter ${ms(restart.readyMs)}); referens, samma körning: hela kontrollen ${ms(restart.whole.seconds * 1000)}`,
    );

    console.log('  Stegcommits över HTTP (motorns kontroller + händelse + listrad + fakta + signerat huvud), en begäran = en commit:');
    await commits(server, h, 4, 60); // warm-up
    const commitRows: CommitRow[] = [];
    for (const c of levels) {
      const pg = postgresPids();
      const before = { server: cpuSeconds([server.child.pid!]), pg: cpuSeconds(pg), client: process.cpuUsage() };
      const r = await commits(server, h, c, Math.round((c === 1 ? 600 : 2400) * Math.max(scale, 0.2)));
      const client = process.cpuUsage(before.client);
      const per = (sec: number) => ((1000 * sec) / r.n).toFixed(2);
      const ratio = (100 * r.rate) / ceilings.get(c)!;
      console.log(
        `    ${String(c).padStart(2)} klienter: ${fmt(r.rate).padStart(5)} commits/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)} (${r.n} ` +
          `commits) – ${ratio.toFixed(0)} % av taket ${fmt(ceilings.get(c)!)} ` +
          `tx/s${c === 32 ? ' (mål: ≥ 1 000/s, ≥ 25 %, p95 ≤ 50 ms)' : ''}`,
      );
      const cpu = { server: cpuSeconds([server.child.pid!]) - before.server, pg: cpuSeconds(pg) - before.pg };
      console.log(
        `       CPU per commit: servern ${per(cpu.server)} ms, PostgreSQL ${per(cpu.pg)} ` +
          `ms, lastgeneratorn ${per((client.user + client.system) / 1e6)} ms`,
      );
      commitRows.push({ clients: c, rate: r.rate, p95: r.p95, serverCpuMs: (1000 * cpu.server) / r.n, pgCpuMs: (1000 * cpu.pg) / r.n });
    }

    const load = () => commits(server, h, 32, Math.round(2400 * Math.max(scale, 0.2)));
    // The embedded PGlite reset its connections under 2,000 streams (7/12): it holds 200, the PostgreSQL setup 2,000.
    const streams = Math.round((t.env.DATABASE_URL ? 2000 : 200) * Math.max(scale, 0.1));
    const live = await streamsBench(streamsSetup(server, h.anna, streams, load));
    console.log(
      `  ${fmt(live.streams)} öppna strömmar medan 32 skribenter gör commits: en annans rapport syns på strömmarna p50 ${ms(live.p50)}, ` +
        `p95 ${ms(live.p95)} (mål ≤ 500 ms; ${fmt(live.delivered)} av ${fmt(live.expected)} framme); minne ` +
        `${live.rssPerStreamKb.toFixed(1)} kB per ström`,
    );

    // The UI asks for the rows first (what renders) and for the counts in a separate request, off the critical path.
    const n = 100;
    const overdueAt = new Date().toISOString();
    const inboxErik = await latencyOf(n, () => post(`${server.url}/api/inbox`, h.erik, { limit: 50 }));
    const inboxSara = await latencyOf(n, () => post(`${server.url}/api/inbox`, h.sara, { limit: 50 }));
    const alla = await latencyOf(n, () => post(`${server.url}/api/arenden/list`, h.sara, { query: { order: 'newest', limit: 100 } }));
    const overdue = await latencyOf(n, () =>
      post(`${server.url}/api/arenden/list`, h.sara, { query: { order: 'newest', limit: 100, status: 'open', overdueAt } }),
    );
    const text = await latencyOf(n, () =>
      post(`${server.url}/api/arenden/list`, h.sara, { query: { order: 'newest', limit: 100, text: 'rullstol' } }),
    );
    const m = 30;
    const inboxCount = await latencyOf(m, () => post(`${server.url}/api/inbox`, h.sara, { limit: 1, withTotal: true }));
    const allaCount = await latencyOf(m, () =>
      post(`${server.url}/api/arenden/list`, h.sara, { query: { order: 'newest', limit: 1 }, withTotal: true }),
    );
    console.log(`  Första sidan från servern med ${fmt(arenden)} ärenden (${n} begäranden i följd; mål p95 ≤ 30 ms):`);
    console.log(`    Mina uppgifter, enhetschef (2 enheter): p50 ${ms(inboxErik.p50)}, p95 ${ms(inboxErik.p95)} (${inboxErik.rows} rader)`);
    console.log(
      `    Mina uppgifter, SAS (hela förvaltningen): p50 ${ms(inboxSara.p50)}, p95 ${ms(inboxSara.p95)} (${inboxSara.rows} rader)`,
    );
    console.log(`    Alla ärenden, nyaste först: p50 ${ms(alla.p50)}, p95 ${ms(alla.p95)} (${alla.rows} rader)`);
    console.log(
      `    Alla ärenden, öppna och försenade: p50 ${ms(overdue.p50)}, p95 ${ms(overdue.p95)}; fritextsökning ”rullstol”: p50 ` +
        `${ms(text.p50)}, p95 ${ms(text.p95)}`,
    );
    console.log(
      `  Antalen (egen begäran efter raderna, ${m} i följd): Mina uppgifter för SAS p50 ${ms(inboxCount.p50)}, p95 ` +
        `${ms(inboxCount.p95)}; Alla ärenden p50 ${ms(allaCount.p50)}, p95 ${ms(allaCount.p95)}`,
    );

    const phases = t.env.DATABASE_URL ? await reportPhases(t.env.DATABASE_URL) : undefined;
    printReport(`${t.label}, ${fmt(arenden)} ärenden`, await reportHttp(server.url, h.sara, h.anna), phases);

    // The smoke run in npm test (a tiny scale) only checks that every part runs to the end.
    const runs = scale < 0.01 ? 1 : 5;
    // Reference in the same run: the same new profile opening a static file of the server (Chromium's own share).
    const blank = await coldStart(server.url, h.sara.cookie!, 'favicon.svg', 'svg', runs);
    const alle = await coldStart(server.url, h.sara.cookie!, '#/arenden', '.arende-table tbody tr', runs);
    const inbox = await coldStart(server.url, h.erik.cookie!, '#/', '.task', runs);
    console.log(`  Chromium, kall start (ny profil, inget i cacheminnet) till första raderna (mål ≤ 300 ms):`);
    console.log(
      `    Alla ärenden: median ${fmt(median(alle.cold))} ms, sämsta ${fmt(Math.max(...alle.cold))} ` +
        `ms; Mina uppgifter: median ${fmt(median(inbox.cold))} ` +
        `ms, sämsta ${fmt(Math.max(...inbox.cold))} ms`,
    );
    console.log(
      `    Med varm HTTP-cache (samma profil, ny flik): Alla ärenden median ${fmt(median(alle.warm))} ms, Mina uppgifter ` +
        `${fmt(median(inbox.warm))} ms (referens: statisk fil ${fmt(median(blank.warm))} ms)`,
    );
    console.log(
      `    Referens, samma körning: en statisk fil i en ny profil ${fmt(median(blank.cold))} ms (Chromiums egen del av varje kallstart)`,
    );
    const click = await clickBench(server, h, 4 * runs);
    printClick(click, t.label.split(' ')[0]);
    summariseTarget({
      label: t.label.split(' ')[0]!,
      embedded: !t.env.DATABASE_URL,
      ceiling: ceilings,
      ...(ceilingPgCpuMs !== undefined ? { ceilingPgCpuMs } : {}),
      commits: commitRows,
      start: restart,
      streams: live,
      cold: { alla: alle, mina: inbox, blank },
      click,
    });
  } finally {
    await server.kill();
    await t.cleanup();
  }
}

export async function serverBench(scale: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kf-serverbench-'));
  const staticRoot = join(work, 'dist');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: staticRoot, emptyOutDir: true } });
  const firstJsKb = initialJsGzip(staticRoot) / 1024;
  firstJsRow(firstJsKb);
  console.log(`Servern (Node ${process.version}, egen process) – appens första JavaScript ${fmt(firstJsKb)} kB gzip (mål ≤ 150 kB)`);

  await withScratchDatabase('kf_bench', async ({ url }) => {
    await benchTarget(
      {
        label: 'PostgreSQL (riktig server, pool 20)',
        async open() {
          return { db: pgDb({ url }), pool: new pg.Pool({ connectionString: url, max: 32 }) };
        },
        env: { DATABASE_URL: url },
        cleanup: async () => undefined,
      },
      scale,
      staticRoot,
      join(work, 'pg-nyckel.pem'),
    );
    printReport('en förvaltnings år (egen databas, PostgreSQL)', await forvaltningYear(ADMIN_URL));
  });

  const dataDir = join(work, 'pglite-data');
  mkdirSync(dataDir, { recursive: true });
  await benchTarget(
    {
      label: 'PGlite (inbäddad, datamapp på disk)',
      open: async () => ({ db: await pgliteDb({ dataDir: join(dataDir, 'pglite') }) }),
      env: { KF_DATA_DIR: dataDir },
      cleanup: async () => undefined,
    },
    scale,
    staticRoot,
    join(dataDir, 'signeringsnyckel.pem'),
  );
  rmSync(work, { recursive: true, force: true });
}
