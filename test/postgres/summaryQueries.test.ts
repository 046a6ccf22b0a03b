import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/postgres/Db';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { pgliteDb } from '../../src/server/postgres/pgliteDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { NO_DEADLINE, runSummaryQuery } from '../../src/engine/internal';
import type { ArendeSummary, SummaryQuery, WaitingFor } from '../../src/engine/internal';
import { ev, summary } from '../contracts/eventStoreContract';
import { createTestDatabase } from './testDatabase';
import { testSigner } from './testSigner';

/** A small deterministic generator (mulberry32), so a failure names a reproducible case. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[]): T[] => xs.filter(() => next() < 0.4);
  return { next, pick, some, chance: (p: number) => next() < p };
}

const ENHETER = ['enhet:solgarden', 'enhet:larkan', 'enhet:ekbacken', 'enhet:hemtjanst-norr'];
const ROLES = ['sas', 'enhetschef', 'medarbetare', 'verksamhetschef'] as const;
const USERS = ['user:anna', 'user:maja', 'user:erik'];
// Few distinct instants, so ties that only the id can order are common.
const TIMES = [
  '2026-01-05T08:00:00.000Z',
  '2026-02-10T09:30:00.000Z',
  '2026-02-10T09:30:00.000Z',
  '2026-03-01T00:00:00.000Z',
  '2026-03-31T23:59:59.999Z',
];
const RUBRIKER = [
  'Zebra',
  'ärende ä',
  'Fall i badrummet',
  'ÅTERKOMMANDE läkemedelsfel',
  'Utebliven insats på Lärkan',
  '100% fel_i\\rutin',
  'Hot mot personal',
  'Ärende med åäö ÅÄÖ',
];

function rows(seed: number, n: number): ArendeSummary[] {
  const r = random(seed);
  const out: ArendeSummary[] = [];
  for (let i = 0; i < n; i++) {
    // Mixed case, punctuation and å-ä-ö: C order (like JS) and Swedish order differ on these.
    const id = `arende:${r.pick(['a', 'B', 'ä', 'Z', '_', '-', 'å', 'o'])}${String(r.next()).slice(2, 4)}-${i}`;
    const status = r.chance(0.75) ? 'open' : 'closed';
    const processType = r.pick(['avvikelse', 'lex-sarah', 'riskanalys']);
    const roleDue = r.some(ROLES).map((role) => `${role}|${r.chance(0.2) ? '' : r.pick(TIMES)}`);
    // Two active steps may wait for the same role: the earliest of them counts.
    if (roleDue.length && r.chance(0.3)) roleDue.push(`${roleDue[0]!.split('|')[0]}|${r.pick(TIMES)}`);
    out.push({
      ...summary(id, 0, status, r.pick(TIMES)),
      processType,
      definitionId: processType,
      definitionVersion: 1 + Math.floor(r.next() * 3),
      enhetId: r.pick(ENHETER),
      openedBy: r.pick(USERS),
      openedAt: r.pick(TIMES),
      nextDueAt: r.chance(0.3) ? NO_DEADLINE : r.pick(TIMES),
      rubrik: r.pick(RUBRIKER),
      ...(r.chance(0.5) ? { kategori: r.pick(['fall', 'lakemedel', 'bemotande']) } : {}),
      roleDue,
      ...doneBy(seed * 7919 + i, roleDue),
    });
  }
  return out;
}

/** Who has done a role's own steps (own random stream, so the other fields stay as they were for each seed). */
function doneBy(seed: number, roleDue: readonly string[]): Pick<ArendeSummary, 'waitDone'> {
  const r = random(seed);
  const roles = [...new Set(roleDue.map((k) => k.split('|')[0]!))].filter(() => r.chance(0.4));
  return roles.length ? { waitDone: Object.fromEntries(roles.map((role) => [role, r.some(USERS)])) } : {};
}

function query(seed: number, all: readonly ArendeSummary[]): SummaryQuery {
  const r = random(seed);
  const q: SummaryQuery = {};
  if (r.chance(0.3)) q.scope = { enheter: r.chance(0.2) ? 'all' : r.some(ENHETER), ...(r.chance(0.5) ? { openedBy: r.pick(USERS) } : {}) };
  if (r.chance(0.3)) q.status = r.pick(['open', 'closed'] as const);
  if (r.chance(0.2)) q.processTypes = r.some(['avvikelse', 'lex-sarah', 'riskanalys']);
  if (r.chance(0.2)) q.enhetId = r.pick(ENHETER);
  if (r.chance(0.15)) q.kategori = r.pick(['fall', 'lakemedel', '']);
  if (r.chance(0.15))
    q.definition = {
      id: r.pick(['avvikelse', 'lex-sarah']),
      ...(r.chance(0.5) ? { version: 2 } : {}),
      ...(r.chance(0.5) ? { belowVersion: 3 } : {}),
    };
  if (r.chance(0.2)) q.openedFrom = r.pick(TIMES).slice(0, 10);
  if (r.chance(0.2)) q.openedTo = r.pick(TIMES).slice(0, 10);
  if (r.chance(0.2)) q.overdueAt = r.pick(TIMES);
  if (r.chance(0.25)) q.text = r.pick(['fall', 'LÄRKAN', '  åäö ', '%', '_', '\\', '100%', 'fel_i', 'r1', ':r', 'saknas']);
  if (r.chance(0.15)) q.ids = r.some(all.map((x) => x.arendeId)).concat(r.chance(0.5) ? ['arende:finns-inte'] : []);
  if (r.chance(0.35)) {
    const wf: WaitingFor[] = [];
    for (const role of r.some(ROLES)) wf.push({ role, enheter: r.chance(0.4) ? 'all' : r.some(ENHETER) });
    q.waitingFor = wf;
    // Whose inbox: rows whose own steps she has done for a role leave it (its own stream, as above).
    const u = random(seed * 104729);
    if (u.chance(0.6)) q.waitingUser = u.pick(USERS);
  }
  if (r.chance(0.5)) q.order = r.pick(['newest', 'deadline'] as const);
  if (r.chance(0.6)) q.limit = r.pick([0, 1, 2, 3, 5, 7, 100]);
  return q;
}

async function seeded(db: Db, all: readonly ArendeSummary[]): Promise<PgEventStore> {
  await migrate(db);
  const store = new PgEventStore(db, testSigner());
  await store.append({ events: all.map((s) => ev(s.arendeId, 0)), summaries: all });
  return store;
}

async function sameAsReference(store: PgEventStore, all: readonly ArendeSummary[], seeds: number): Promise<void> {
  for (let seed = 1; seed <= seeds; seed++) {
    const q = query(seed, all);
    const label = `seed ${seed}: ${JSON.stringify(q)}`;
    // Page through, following cursors; each page must equal the reference's page.
    let after: string | undefined;
    for (let n = 0; n < 40; n++) {
      const paged: SummaryQuery = { ...q, ...(after ? { after } : {}) };
      const want = runSummaryQuery(all, paged);
      const got = await store.page(paged);
      expect(
        got.rows.map((x) => x.arendeId),
        label,
      ).toEqual(want.rows.map((x) => x.arendeId));
      expect(got.next, label).toEqual(want.next);
      if (!want.next) break;
      after = want.next;
    }
    expect(await store.count(q), label).toBe(runSummaryQuery(all, { ...q, limit: undefined, after: undefined }).rows.length);
  }
  // Malformed or foreign cursors read like the reference: from the start, never a crash.
  for (const after of ['x', '[1,2]', '["a"]', '{}', '', '["9999","zzz"]'])
    expect(
      (await store.page({ limit: 3, after })).rows.map((x) => x.arendeId),
      after,
    ).toEqual(runSummaryQuery(all, { limit: 3, after }).rows.map((x) => x.arendeId));
}

describe('PgEventStore queries equal the reference (runSummaryQuery)', () => {
  const all = rows(42, 120);
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const dbs: Db[] = [];

  beforeAll(async () => {
    // Swedish collation by default: the schema's "C" columns must still order like JS strings.
    database = await createTestDatabase({ swedish: true });
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
    await database?.drop();
  });

  it('on PostgreSQL, for many generated queries and every page', async () => {
    const db = pgDb({ url: database.url, poolSize: 2 });
    dbs.push(db);
    await sameAsReference(await seeded(db, all), all, 300);
  });

  it('on PGlite, for the same queries', async () => {
    const db = await pgliteDb();
    dbs.push(db);
    await sameAsReference(await seeded(db, all), all, 300);
  });
});
