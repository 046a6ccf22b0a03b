/**
 * Raw append throughput of PgEventStore: `npx tsx test/bench/pgStoreBench.ts`. Prints figures, asserts
 * nothing. One step (event + list row + waiting rows + facts + signed head) per append, on distinct
 * ärenden, with 1, 8 and 32 concurrent writers; PostgreSQL from KF_TEST_DATABASE_URL (a fresh
 * database, dropped afterwards) and PGlite in memory and in a data directory.
 * KF_BENCH_SCALE=0.2 for a quick look.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { GENESIS_HASH, sealEvent } from '../../src/engine/internal';
import type { ArendeEvent, ArendeFacts, ArendeSummary } from '../../src/engine/internal';
import { testSigner } from '../postgres/testSigner';
import { createWorld, lexSarahUntil } from '../support/world';
import { withScratchDatabase } from './scratchDatabase';

const scale = Number(process.env.KF_BENCH_SCALE ?? 1);
const fmt = (n: number) => Math.round(n).toLocaleString('sv-SE');

/** A real step's data, list row and facts (a lex Sarah ärende run through the engine), reused as payload. */
async function template(): Promise<{ stepData: unknown; row: ArendeSummary; facts: ArendeFacts }> {
  const w = await createWorld();
  const id = await lexSarahUntil(w, 'uppfoljning');
  const events = await w.store.eventsOf(id);
  const row = (await w.store.summary(id))!;
  const facts = (await w.store.reportFacts()).facts.find((f) => f.arendeId === id)!;
  return { stepData: events[4]!.stepData, row, facts };
}

function chain(arendeId: string, length: number, stepData: unknown): ArendeEvent[] {
  const out: ArendeEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 0; seq < length; seq++) {
    const e = sealEvent(nodeHasher, {
      id: `event:${arendeId}:${seq}`,
      arendeId,
      seq,
      type: seq ? 'utredning.submit' : 'arende.open',
      stepData,
      actor: { userId: 'user:sara', role: 'sas' },
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      prevHash,
    });
    out.push(e);
    prevHash = e.hash;
  }
  return out;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function level(
  store: PgEventStore,
  label: string,
  writers: number,
  total: number,
  t: Awaited<ReturnType<typeof template>>,
): Promise<void> {
  const steps = Math.max(2, Math.ceil(total / writers));
  const run = randomBytes(3).toString('hex');
  const chains = Array.from({ length: writers }, (_, i) => chain(`arende:bench-${run}-${i}`, steps + 1, t.stepData));
  const batch = (e: ArendeEvent) => ({
    events: [e],
    summaries: [{ ...t.row, arendeId: e.arendeId, lastSeq: e.seq, lastHash: e.hash, updatedAt: e.at }],
    facts: [{ ...t.facts, arendeId: e.arendeId }],
  });
  // Opening each ärende is not timed: the figure is for steps, as the server benchmark counts them.
  await Promise.all(chains.map((c) => store.append(batch(c[0]!))));
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    chains.map(async (c) => {
      for (const e of c.slice(1)) {
        const t0 = performance.now();
        await store.append(batch(e));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `  ${label}, ${String(writers).padStart(2)} samtidiga: ${fmt(latencies.length / seconds).padStart(6)} ` +
      `steg/s   (p50 ${percentile(latencies, 0.5).toFixed(1)} ` +
      `ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, ${latencies.length} steg)`,
  );
}

/** The engine's read before a command: a cached state asks for what came after its last event (plus the head). */
async function reads(store: PgEventStore, label: string, heads: readonly { id: string; seq: number }[], total: number): Promise<void> {
  const start = performance.now();
  let n = 0;
  await Promise.all(
    Array.from({ length: 32 }, async (_, w) => {
      for (let i = w; i < total; i += 32) {
        const h = heads[i % heads.length]!;
        await store.readArende(h.id, h.seq);
        n++;
      }
    }),
  );
  console.log(
    `  ${label}, readArende av sista händelsen och huvudet (32 samtidiga): ${fmt(n / ((performance.now() - start) / 1000))} läsningar/s`,
  );
}

async function bench(label: string, db: Db, total: number, t: Awaited<ReturnType<typeof template>>): Promise<void> {
  await migrate(db);
  const store = new PgEventStore(db, testSigner());
  for (const writers of [1, 8, 32]) await level(store, label, writers, total, t);
  const heads = (await db.query<{ id: string; seq: number }>('select arende_id as id, seq from chain_heads limit 64')).rows;
  await reads(store, label, heads, total);
}

async function main(): Promise<void> {
  const t = await template();
  console.log(
    `PgEventStore – append (Node ${process.version}, skala ${scale}); händelse ${JSON.stringify(t.stepData).length} B data, ` +
      `listrad ${JSON.stringify(t.row).length} B, fakta ${JSON.stringify(t.facts).length} B\n`,
  );

  await withScratchDatabase('kf_bench', async ({ url }) => {
    const db = pgDb({ url });
    try {
      await bench('PostgreSQL (pool 20)', db, Math.round(4000 * scale), t);
    } finally {
      await db.close();
    }
  });

  const memory = await pgliteDb();
  try {
    await bench('PGlite i minnet', memory, Math.round(1500 * scale), t);
  } finally {
    await memory.close();
  }

  const dir = mkdtempSync(join(tmpdir(), 'kf-bench-pglite-'));
  const onDisk = await pgliteDb({ dataDir: dir });
  try {
    await bench('PGlite i datamapp', onDisk, Math.round(1500 * scale), t);
  } finally {
    await onDisk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
