import { DEMO_ORG } from '../../src/demo/demoOrganisation';
import { REGISTRY } from '../../src/processes/packs';
import type { ArendeEvent, ArendeSummary } from '../../src/engine/internal';
import { collectArendeFacts, kvalitetsberattelse, yearPeriod } from '../../src/engine/internal';
import { loadShippedDefinitions } from '../support/catalog';
import { fakeArende } from '../support/fakeArende';
import type { FakeArendeSpec } from '../support/fakeArende';

const HOUR = 3_600_000;
const ENHETER = DEMO_ORG.enheter.map((e) => e.id);
const KATEGORIER = ['fall', 'lakemedel', 'bemotande', 'utebliven_insats', 'dokumentation'];
const ATGARDER = {
  ingaAtgarder: false,
  atgarder: [
    { vad: 'x', orsak: 'y', klartDatum: '2025-10-01' },
    { vad: 'x', orsak: 'y', klartDatum: '2026-03-01' },
  ],
};
const VARDERINGAR = {
  varderingar: [
    { nr: 1, sannolikhet: 3, konsekvens: 4 },
    { nr: 2, sannolikhet: 1, konsekvens: 2 },
  ],
};

/** `count` (100,000) ärenden with 6 events each over 2025: 80 % avvikelser, 15 % lex Sarah, 5 % riskanalyser. */
export function bigYear(count = 100_000): { events: ArendeEvent[]; summaries: ArendeSummary[] } {
  const events: ArendeEvent[] = [];
  const summaries: ArendeSummary[] = [];
  const start = Date.parse('2025-01-01T06:00:00.000Z');
  for (let i = 0; i < count; i++) {
    const t0 = start + ((i * 7919) % 8000) * HOUR;
    const at = (h: number) => new Date(t0 + h * HOUR).toISOString();
    const kind = i % 20;
    const enhetId = ENHETER[i % ENHETER.length]!;
    let spec: FakeArendeSpec;
    if (kind < 16) {
      const kategori = KATEGORIER[i % KATEGORIER.length]!;
      spec = {
        id: `arende:${i}`,
        processType: 'avvikelse',
        enhetId,
        kategori,
        openedAt: at(0),
        status: i % 3 === 0 ? 'closed' : 'open',
        steps: [
          ['rapport.submit', at(0), { kategori }],
          ['bedomning.submit', at(30)],
          ['analys.submit', at(100)],
          ['atgarder.submit', at(200), ATGARDER],
          ['atgard.rapportera', at(300), { atgardId: 'atgard:4.1' }],
        ],
      };
    } else if (kind < 19) {
      spec = {
        id: `arende:${i}`,
        processType: 'lex-sarah',
        enhetId,
        openedAt: at(0),
        steps: [
          ['rapport.submit', at(0)],
          ['omedelbara_atgarder.submit', at(20)],
          ['registrering.submit', at(30)],
          ['utredning.submit', at(400)],
          ['bedomning.submit', at(500), { klassificering: 'missforhallande', allvarligt: false }],
        ],
      };
    } else {
      spec = {
        id: `arende:${i}`,
        processType: 'riskanalys',
        enhetId,
        openedAt: at(0),
        steps: [
          ['beskrivning.submit', at(0)],
          ['deltagare.submit', at(2)],
          ['identifiera.submit', at(4)],
          ['vardera.submit', at(6), VARDERINGAR],
          ['handlingsplan.submit', at(8), { atgarder: [{ nr: 1 }] }],
        ],
      };
    }
    const b = fakeArende(spec);
    for (const e of b.events) events.push(e);
    summaries.push(b.summary);
  }
  return { events, summaries };
}

/** Node figure for the yearly aggregation (the server bench measures the same report over HTTP). */
export function reportsBench(count = 100_000): { collectMs: number; aggregateMs: number; arenden: number; events: number } {
  const data = structuredClone(bigYear(count));
  const definitions = loadShippedDefinitions();
  const opts = { packs: REGISTRY, period: yearPeriod(2025), now: '2026-01-15T00:00:00.000Z', org: DEMO_ORG };
  for (let k = 0; k < 2; k++) kvalitetsberattelse(collectArendeFacts({ packs: REGISTRY, ...data, definitions }), opts);
  const t0 = performance.now();
  const facts = collectArendeFacts({ packs: REGISTRY, ...data, definitions });
  const t1 = performance.now();
  const r = kvalitetsberattelse(facts, opts);
  const t2 = performance.now();
  if (r.arenden.count !== count) throw new Error(`Fel antal ärenden: ${r.arenden.count} av ${count}`);
  return { collectMs: t1 - t0, aggregateMs: t2 - t1, arenden: data.summaries.length, events: data.events.length };
}
