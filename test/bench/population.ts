import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import type { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { sequentialIds } from '../../src/adapters/system/ids';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { seedDemo } from '../../src/demo/seedDemo';
import { GENESIS_HASH, sealEvent, staticDirectory } from '../../src/engine/internal';
import type { ArendeEvent, ArendeFacts, ArendeSummary } from '../../src/engine/internal';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, validator } from '../support/world';

interface Group {
  events: ArendeEvent[];
  summaries: ArendeSummary[];
  facts: ArendeFacts[];
}

const DAY = 86_400_000;
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
const TEMPLATE_ID = /(arende|event):tpl[0-9a-z]{6}/g;
// Dates without a time (a beslut's date, a deadline) move with the events, or a replay's date rules refuse the copy.
const DATE = /"(\d{4}-\d{2}-\d{2})"/g;

/** The demo's dozen ärenden, made by the real engine (every state the lists show), as the unit to copy. */
export async function templateGroup(now: string): Promise<string> {
  const store = new MemoryEventStore();
  await seedDemo(
    {
      store,
      ids: sequentialIds('tpl'),
      hasher: nodeHasher,
      validator,
      catalog: catalog(),
      directory: staticDirectory(DEMO_ORG, DEMO_USERS),
      now,
    },
    loadShippedDefinitions(),
  );
  const summaries = await store.summaries();
  const { facts } = await store.reportFacts();
  return JSON.stringify({ events: await store.allEvents(), summaries, facts } satisfies Group);
}

/**
 * A year field (`ar`: an egenkontroll's plan, a riskregister) moves with its dates: when the shift carries an ärende's
 * dates into the year before, its years and the rubrik naming them move too, or the plan's date rules refuse the copy.
 */
function keepYearsInStep(g: Group, shiftDays: number): void {
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
  for (const s of g.summaries) {
    const events = g.events.filter((e) => e.arendeId === s.arendeId);
    const first = events.find((e) => typeof (e.stepData as { ar?: unknown } | undefined)?.ar === 'number');
    if (!first) continue;
    // The plan's own date (a date-only field beside `ar`) decides the year where there is one, else the step's time.
    const planned = Object.values(first.stepData as object).find((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
    const at = Date.parse(typeof planned === 'string' ? planned : first.at);
    const delta = yearOf(at) - yearOf(at + shiftDays * DAY);
    if (delta === 0) continue;
    const old = (first.stepData as { ar: number }).ar;
    for (const e of events) {
      const data = e.stepData as { ar?: unknown } | undefined;
      if (typeof data?.ar === 'number') data.ar += delta;
    }
    if (s.rubrik) s.rubrik = s.rubrik.replace(String(old), String(old + delta));
  }
}

/** One copy: fresh ids (links inside the group stay consistent), every time moved back by `shiftDays`, chains re-sealed. */
export function copy(template: string, tag: string, shiftDays: number): Group {
  const shifted = template
    .replace(TEMPLATE_ID, (m) => `${m.replace(':tpl', `:b${tag}-`)}`)
    .replace(ISO, (m) => new Date(Date.parse(m) - shiftDays * DAY).toISOString())
    .replace(DATE, (_m, d: string) => `"${new Date(Date.parse(d) - shiftDays * DAY).toISOString().slice(0, 10)}"`);
  const g = JSON.parse(shifted) as Group;
  keepYearsInStep(g, shiftDays);
  const byArende = new Map<string, ArendeEvent[]>();
  for (const e of g.events) byArende.set(e.arendeId, [...(byArende.get(e.arendeId) ?? []), e]);
  const events: ArendeEvent[] = [];
  const heads = new Map<string, ArendeEvent>();
  for (const [id, list] of byArende) {
    let prevHash = GENESIS_HASH;
    for (const e of list.sort((a, b) => a.seq - b.seq)) {
      const { hash: _old, ...rest } = e;
      const sealed = sealEvent(nodeHasher, { ...rest, prevHash });
      events.push(sealed);
      prevHash = sealed.hash;
      heads.set(id, sealed);
    }
  }
  const summaries = g.summaries.map((s) => ({ ...s, lastSeq: heads.get(s.arendeId)!.seq, lastHash: heads.get(s.arendeId)!.hash }));
  return { events, summaries, facts: g.facts };
}

/**
 * Fills a store with about `arenden` ärenden: copies of the demo's ärenden spread over the past
 * year, written through the store's own import (events, list rows, inbox rows, facts, signed heads).
 */
export async function populate(
  store: PgEventStore,
  arenden: number,
  now: string,
  onProgress?: (done: number) => void,
): Promise<{ arenden: number; events: number }> {
  const template = await templateGroup(now);
  const perGroup = (JSON.parse(template) as Group).summaries.length;
  const groups = Math.ceil(arenden / perGroup);
  const batchGroups = Math.max(1, Math.floor(2000 / perGroup));
  let events = 0;
  let written = 0;
  for (let g = 0; g < groups; g += batchGroups) {
    const batch: Group = { events: [], summaries: [], facts: [] };
    for (let i = g; i < Math.min(groups, g + batchGroups); i++) {
      const c = copy(template, i.toString(36), i % 330);
      batch.events.push(...c.events);
      batch.summaries.push(...c.summaries);
      batch.facts.push(...c.facts);
    }
    await store.importAll({ definitions: [], events: batch.events, summaries: batch.summaries, facts: batch.facts });
    events += batch.events.length;
    written += batch.summaries.length;
    onProgress?.(written);
  }
  return { arenden: written, events };
}
