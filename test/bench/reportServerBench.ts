/**
 * The kvalitetsberättelse on the server, measured (figures only, no assertions): where the old path spent its time
 * (reading every fact row, parsing it, aggregating, figure references, serialising), then over HTTP the report as
 * the server now gives it – first after start, after a commit, unchanged – and a figure's first page of ärenden.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DEMO_ORG } from '../../src/demo/demoOrganisation';
import { REGISTRY } from '../../src/processes/packs';
import { kvalitetsberattelse, yearPeriod } from '../../src/engine/internal';
import type { ArendeFacts } from '../../src/engine/internal';
import { withFigureRefs } from '../../src/server/reports/figureRefs';
import { loadOrCreateSigner } from '../../src/server/postgres/headSigner';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { demoSession, spawnServer } from '../support/serverProcess';
import { example } from '../support/world';
import { populate } from './population';
import { addSummaryRow } from './summary';
import { withScratchDatabase } from './scratchDatabase';

type Headers = Record<string, string>;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('sv-SE');

/** The old path's parts, in this process against the same database: what every report and every figure click paid. */
export interface ReportPhases {
  facts: number;
  readMs: number;
  parseMs: number;
  aggregateMs: number;
  refsMs: number;
  serialiseMs: number;
  totalMs: number;
}

export async function reportPhases(databaseUrl: string): Promise<ReportPhases> {
  const db = pgDb({ url: databaseUrl });
  try {
    const runs: ReportPhases[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const { rows } = await db.query<{ facts: string }>('select facts::text as facts from facts order by arende_id');
      const t1 = performance.now();
      const facts = rows.map((r) => JSON.parse(r.facts) as ArendeFacts);
      const t2 = performance.now();
      const report = kvalitetsberattelse(facts, {
        packs: REGISTRY,
        period: yearPeriod(new Date().getFullYear()),
        now: new Date().toISOString(),
        org: DEMO_ORG,
        jamforelser: 2,
      });
      const t3 = performance.now();
      const wire = withFigureRefs(report);
      const t4 = performance.now();
      JSON.stringify(wire);
      const t5 = performance.now();
      const p = { readMs: t1 - t0, parseMs: t2 - t1, aggregateMs: t3 - t2, refsMs: t4 - t3, serialiseMs: t5 - t4 };
      runs.push({ facts: facts.length, ...p, totalMs: t5 - t0 });
    }
    // The run with the median total, so its parts add up.
    return [...runs].sort((a, b) => a.totalMs - b.totalMs)[1]!;
  } finally {
    await db.close();
  }
}

/** What the server answers now, over HTTP (the server its own process). */
export interface ReportHttp {
  arenden: number;
  lexSarah: number;
  firstMs: number;
  afterCommitMs: number;
  unchangedMs: number;
  figurePageMs: number;
  figurePageAfterCommitMs: number;
  figureTotal: number;
}

async function timed(url: string, headers: Headers, body: unknown): Promise<{ ms: number; json: unknown }> {
  const t0 = performance.now();
  const r = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await r.json()) as unknown;
  if (r.status !== 200) throw new Error(`Svar ${r.status}: ${JSON.stringify(json)}`);
  return { ms: performance.now() - t0, json };
}

export async function reportHttp(serverUrl: string, sara: Headers, anna: Headers): Promise<ReportHttp> {
  const request = { period: yearPeriod(new Date().getFullYear()), jamforelser: 2 };
  const report = () => timed(`${serverUrl}/api/reports/kvalitetsberattelse`, sara, request);
  const figure = () =>
    timed(`${serverUrl}/api/arenden/list`, sara, { query: { figure: { request, ref: '/arenden' }, limit: 100 }, withTotal: true });
  const today = new Date().toISOString().slice(0, 10);
  const rapport = example('avvikelse-rapport-2', { handelseDatum: today, upptacktDatum: today });
  const commit = async () => {
    const r = await fetch(`${serverUrl}/api/arenden`, {
      method: 'POST',
      headers: anna,
      body: JSON.stringify({ processType: 'avvikelse', enhetId: 'enhet:solgarden', data: rapport }),
    });
    if (r.status !== 201) throw new Error(`Rapporten nekades (${r.status}): ${await r.text()}`);
  };
  const first = await report();
  const answer = first.json as { report: { arenden: { count: number }; trend: { antal: Record<string, { count: number }> }[] } };
  const afterCommit: number[] = [];
  const figureAfterCommit: number[] = [];
  for (let i = 0; i < 3; i++) {
    await commit();
    afterCommit.push((await report()).ms);
    await commit();
    figureAfterCommit.push((await figure()).ms);
  }
  const unchanged: number[] = [];
  for (let i = 0; i < 5; i++) unchanged.push((await report()).ms);
  const pages: number[] = [];
  let figureTotal = 0;
  for (let i = 0; i < 10; i++) {
    const r = await figure();
    pages.push(r.ms);
    figureTotal = (r.json as { total: number }).total;
  }
  return {
    arenden: answer.report.arenden.count,
    lexSarah: answer.report.trend[answer.report.trend.length - 1]?.antal['lex-sarah']?.count ?? 0,
    firstMs: first.ms,
    afterCommitMs: median(afterCommit),
    unchangedMs: median(unchanged),
    figurePageMs: median(pages),
    figurePageAfterCommitMs: median(figureAfterCommit),
    figureTotal,
  };
}

/** Prints the figures in Swedish with the targets (≤ 200 ms a year's report, ≤ 100 ms a figure's list); adds them to the closing table. */
export function printReport(label: string, http: ReportHttp, phases?: ReportPhases): void {
  summariseReport(label, http, phases);
  console.log(`  Kvalitetsberättelsen på servern, ${label} (${fmt(http.arenden)} ärenden i året, ${fmt(http.lexSarah)} lex Sarah):`);
  if (phases)
    console.log(
      `    Referens, gamla vägen per rapport och sifferklick (${fmt(phases.facts)} faktarader): läsa ${fmt(phases.readMs)} ms, ` +
        `JSON ${fmt(phases.parseMs)} ms, aggregera ${fmt(phases.aggregateMs)} ms, referenser ${fmt(phases.refsMs)} ms, ` +
        `serialisera ${fmt(phases.serialiseMs)} ms = ${fmt(phases.totalMs)} ms`,
    );
  console.log(
    `    Rapporten: första efter start ${fmt(http.firstMs)} ms; efter en commit median ${fmt(http.afterCommitMs)} ms; ` +
      `oförändrad median ${fmt(http.unchangedMs)} ms (mål ≤ 200 ms)`,
  );
  console.log(
    `    En siffras ärenden, första sidan (100 av ${fmt(http.figureTotal)}): median ${fmt(http.figurePageMs)} ms; ` +
      `efter en commit ${fmt(http.figurePageAfterCommitMs)} ms (mål ≤ 100 ms)`,
  );
}

/** The closing table's rows: the report after a commit and a figure's first page, the old path's parts as the reference. */
export function summariseReport(label: string, http: ReportHttp, phases?: ReportPhases): void {
  const reference = phases ? `gamla vägen ${fmt(phases.totalMs)} ms` : undefined;
  addSummaryRow({
    what: `Kvalitetsberättelsen för ett år, ${label}`,
    now: `efter en commit ${fmt(http.afterCommitMs)} ms, oförändrad ${fmt(http.unchangedMs)} ms`,
    ...(reference ? { reference } : {}),
    target: '≤ 200 ms',
    met: http.afterCommitMs <= 200,
  });
  addSummaryRow({
    what: `En siffras ärenden, första sidan, ${label}`,
    now: `${fmt(http.figurePageMs)} ms (efter en commit ${fmt(http.figurePageAfterCommitMs)} ms)`,
    target: '≤ 100 ms',
    met: http.figurePageAfterCommitMs <= 100,
  });
}

/** A förvaltning's realistic year beside the big population: its own database and server, `arenden` ärenden. */
export async function forvaltningYear(adminUrl: string, arenden = 3000): Promise<ReportHttp> {
  return withScratchDatabase(
    'kf_bench_forv',
    async ({ name, url }) => {
      const keyFile = join(tmpdir(), `${name}.pem`);
      const db = pgDb({ url });
      try {
        await migrate(db);
        await populate(new PgEventStore(db, loadOrCreateSigner({ keyFile })), arenden, new Date().toISOString());
      } finally {
        await db.close();
      }
      const server = await spawnServer({
        DATABASE_URL: url,
        KF_DEMO: '1',
        KF_DEMO_ARENDEN: '0',
        KF_SIGNING_KEY_FILE: keyFile,
        LOG_LEVEL: 'error',
        KF_NOTIFY_SWEEP_SECONDS: '0',
      });
      try {
        return await reportHttp(server.url, await demoSession(server.url, 'user:sara'), await demoSession(server.url, 'user:anna'));
      } finally {
        await server.kill();
      }
    },
    adminUrl,
  );
}
