import { describe, expect, it } from 'vitest';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { PACKS } from '../../processes/packs';
import { loadShippedDefinitions } from '../../../test/support/catalog';
import { fakeArende } from '../../../test/support/fakeArende';
import type { ProcessPack } from '../model/ProcessPack';
import { figureOf } from '../model/Figure';
import { createPackRegistry } from '../packs/createPackRegistry';
import { collectArendeFacts } from './collectArendeFacts';
import { kvalitetsberattelse } from './kvalitetsberattelse';
import { yearPeriod } from '../calendar/Period';

// A pack's own fact fold and report table, tried on the avvikelse pack: counted per enhet from the facts it folded.
const withHooks: ProcessPack = {
  ...(PACKS[0] as ProcessPack),
  facts: ({ events, from, to }) => ({ steg: to - from, forsta: events[from]!.type }),
  reportTables: [
    {
      id: 'steg',
      title: 'Avvikelser och steg',
      build: ({ facts, enhetIds }) => ({
        groupTitle: 'Enhet',
        columns: [{ key: 'antal', title: 'Antal' }],
        rows: enhetIds.map((id) => ({
          key: id,
          label: id,
          cells: { antal: figureOf(facts.filter((f) => f.enhetId === id).map((f) => f.arendeId)) },
        })),
        total: { antal: figureOf(facts.map((f) => f.arendeId)) },
      }),
    },
  ],
};
const packs = createPackRegistry([withHooks, ...PACKS.slice(1)]);
const enhet = DEMO_ORG.enheter[0]!.id;
const built = ['A1', 'A2'].map((id) =>
  fakeArende({
    id,
    processType: 'avvikelse',
    enhetId: enhet,
    openedAt: '2025-03-01T08:00:00.000Z',
    steps: [['rapport.submit', '2025-03-01T08:00:00.000Z', { handelseDatum: '2025-03-01' }]],
  }),
);

describe("a pack's own facts and report tables", () => {
  const facts = collectArendeFacts({
    packs,
    events: built.flatMap((b) => b.events),
    summaries: built.map((b) => b.summary),
    definitions: loadShippedDefinitions(),
  });

  it("keeps what the pack folds from each ärende's events on its facts", () => {
    expect(facts.map((f) => f.pack)).toEqual([
      { steg: 2, forsta: 'arende.open' },
      { steg: 2, forsta: 'arende.open' },
    ]);
  });

  it("puts the pack's tables in the kvalitetsberättelse, over its ärenden in period and scope", () => {
    const report = kvalitetsberattelse(facts, { packs, period: yearPeriod(2025), now: '2026-01-15T10:00:00.000Z', org: DEMO_ORG });
    const table = report.processer.find((p) => p.processType === 'avvikelse')!.figureTables![0]!;
    expect(table).toMatchObject({ id: 'avvikelse-steg', title: 'Avvikelser och steg', groupTitle: 'Enhet' });
    expect(table.total!.antal!.count).toBe(2);
    expect(table.rows.find((r) => r.key === enhet)!.cells.antal!.arendeIds).toEqual(['A1', 'A2']);
    const none = kvalitetsberattelse(facts, { packs, period: yearPeriod(2024), now: '2026-01-15T10:00:00.000Z', org: DEMO_ORG });
    expect(none.processer.find((p) => p.processType === 'avvikelse')!.figureTables![0]!.total!.antal!.count).toBe(0);
  });
});
