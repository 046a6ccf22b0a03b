import { describe, expect, it } from 'vitest';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { loadCatalogFromDisk } from '../../adapters/catalog/diskCatalog';
import { loadShippedDefinitions } from '../../../test/support/catalog';
import { createWorld, example } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { categoryLabels } from '../definition/categoryLabels';
import { collectArendeFacts } from './collectArendeFacts';
import { kvalitetsberattelse } from './kvalitetsberattelse';
import { kvalitetsberattelseTables } from './kvalitetsberattelseTables';
import { yearPeriod } from '../calendar/Period';
import { REGISTRY } from '../../processes/packs';

const NOW = '2026-06-01T08:00:00.000Z';
const kategoriLabels = categoryLabels(loadCatalogFromDisk(REGISTRY));

async function plan(w: World, kontroll: string, due: string): Promise<string> {
  const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
  await w.step(
    id,
    'user:erik',
    'planering.submit',
    example('egenkontroll-planering', { kontroll, ar: Number(due.slice(0, 4)), genomforasSenast: due }),
  );
  return id;
}

const perform = (w: World, id: string, genomfordDatum: string, withDeviation: boolean) =>
  w.step(id, 'user:erik', 'genomforande.submit', example('egenkontroll-genomforande', { genomfordDatum }, withDeviation ? 0 : 1));

/** A year's plan at Solgården: on time with a deviation, late, overdue, not yet due, re-planned and met, and one of last year. */
async function yearsPlan(): Promise<{ w: World; ids: Record<string, string> }> {
  const w = await createWorld({ start: '2026-01-10T08:00:00.000Z' });
  const ids = {
    onTime: await plan(w, 'journalgranskning', '2026-03-31'),
    late: await plan(w, 'journalgranskning', '2026-02-15'),
    overdue: await plan(w, 'lakemedelshantering', '2026-04-30'),
    notDue: await plan(w, 'hygien', '2026-11-30'),
    replanned: await plan(w, 'dokumentation', '2026-02-01'),
    lastYear: await plan(w, 'journalgranskning', '2025-12-15'),
  };
  w.clock.set('2026-01-20T08:00:00.000Z');
  await w.step(ids.replanned, 'user:erik', 'planering.omplanera', example('egenkontroll-omplanering', { genomforasSenast: '2026-05-15' }));
  w.clock.set('2026-02-21T08:00:00.000Z');
  await perform(w, ids.late, '2026-02-20', false);
  w.clock.set('2026-03-21T08:00:00.000Z');
  const found = await perform(w, ids.onTime, '2026-03-20', true);
  const atgardId = found.state.snapshot.context.atgarder[0]!.id;
  await w.step(ids.onTime, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId }));
  await w.step(ids.onTime, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId }));
  await w.step(ids.onTime, 'user:erik', 'avslut.submit', example('egenkontroll-avslut', { datum: '2026-03-21' }));
  w.clock.set('2026-05-11T08:00:00.000Z');
  await perform(w, ids.replanned, '2026-05-10', false);
  return { w, ids };
}

describe('egenkontroller planned against performed', () => {
  it('counts the year by planned date per kontroll, each figure leading to its ärenden, also in the CSV', async () => {
    const { w, ids } = await yearsPlan();
    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await w.store.summaries(),
      events: await w.store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    expect(facts.find((f) => f.arendeId === ids.replanned)!.plan).toEqual({
      plannedDate: '2026-05-15',
      performedDate: '2026-05-10',
      findings: false,
    });
    const r = kvalitetsberattelse(facts, { packs: REGISTRY, period: yearPeriod(2026), now: NOW, org: DEMO_ORG, kategoriLabels });
    const plan = r.processer.find((p) => p.processType === 'egenkontroll')!.plan!;
    expect(plan.title).toBe('Egenkontroller: planerade och genomförda');
    const t = plan.total;
    expect(t.planerade.arendeIds).toEqual([ids.onTime, ids.late, ids.overdue, ids.notDue, ids.replanned].sort());
    expect(t.genomforda.arendeIds).toEqual([ids.onTime, ids.late, ids.replanned].sort());
    // On time against the date that held when it was done: the re-planned one counts.
    expect(t.iTid.arendeIds).toEqual([ids.onTime, ids.replanned].sort());
    expect(t.ejGenomforda.arendeIds).toEqual([ids.overdue, ids.notDue].sort());
    expect(t.forsenade.arendeIds).toEqual([ids.overdue]);
    expect(t.medFynd.arendeIds).toEqual([ids.onTime]);
    expect([t.atgarder.count, t.atgarderVerifierade.count]).toEqual([1, 1]);
    expect(plan.rows.map((row) => [row.label, row.planerade.count, row.genomforda.count, row.iTid.count, row.forsenade.count])).toEqual([
      ['Journalgranskning', 2, 2, 1, 0],
      ['Basala hygienrutiner', 1, 0, 0, 0],
      ['Dokumentation', 1, 1, 1, 0],
      ['Läkemedelshantering', 1, 0, 0, 1],
    ]);

    const csv = kvalitetsberattelseTables(r, REGISTRY).find((x) => x.id === 'egenkontroll-plan')!.table;
    expect(csv.headers).toEqual([
      'Kontroll',
      'Planerade',
      'Genomförda',
      'Varav i tid',
      'Ej genomförda',
      'Varav försenade',
      'Med avvikelser',
      'Åtgärder',
      'Varav verifierade',
    ]);
    expect(csv.rows[csv.rows.length - 1]).toEqual(['Totalt', 5, 3, 2, 2, 1, 1, 1, 1]);
    // No person in the report: not the ansvarig of the plan, nor of the åtgärd.
    expect(JSON.stringify(r.processer)).not.toMatch(/Erik|Holm/);

    const before = kvalitetsberattelse(facts, { packs: REGISTRY, period: yearPeriod(2025), now: NOW, org: DEMO_ORG, kategoriLabels });
    const last = before.processer.find((p) => p.processType === 'egenkontroll')!.plan!.total;
    expect([last.planerade.arendeIds, last.forsenade.arendeIds]).toEqual([[ids.lastYear], [ids.lastYear]]);
  });
});
