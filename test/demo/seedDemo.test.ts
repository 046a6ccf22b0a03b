import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { sequentialIds } from '../../src/adapters/system/ids';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { seedDemo } from '../../src/demo/seedDemo';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { collectArendeFacts, staticDirectory } from '../../src/engine/internal';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, createWorld, validator } from '../support/world';

describe('demo seed', () => {
  it('creates a dozen ärenden in different states through the engine, all intact', async () => {
    const store = new MemoryEventStore();
    const n = await seedDemo(
      {
        store,
        ids: sequentialIds('demo'),
        hasher: nobleHasher,
        validator,
        catalog: catalog(),
        directory: staticDirectory(DEMO_ORG, DEMO_USERS),
        now: '2026-11-22T09:00:00.000Z',
      },
      loadShippedDefinitions(),
    );
    expect(n).toBeGreaterThanOrEqual(12);
    const summaries = await store.summaries();
    expect(new Set(summaries.map((s) => s.processType))).toEqual(
      new Set(['lex-sarah', 'avvikelse', 'riskanalys', 'lex-maria', 'egenkontroll']),
    );
    expect(summaries.filter((s) => s.status === 'closed').length).toBeGreaterThanOrEqual(2);
    expect(new Set(summaries.map((s) => JSON.stringify(s.value))).size).toBeGreaterThanOrEqual(8);
    // Every seeded event lies in the past, so a backup of the demo imports (imports refuse the future).
    const events = (await Promise.all(summaries.map((x) => store.readArende(x.arendeId, 0)))).flatMap((r) => r.events);
    expect(events.every((e) => e.at <= '2026-11-22T09:00:00.000Z')).toBe(true);
    // Each händelse happened on or before its rapport, within the seeded weeks: the year's report shows the demo.
    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries,
      events: await store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    for (const f of facts.filter((x) => x.reportedDate !== undefined && !x.plan)) {
      expect(f.handelseDate! <= f.reportedDate! && f.handelseDate! >= '2026-10-13', f.arendeId).toBe(true);
    }
    // This year's plan of egenkontroller: performed with a verified åtgärd, overdue, and planned for later.
    const plans = facts.filter((x) => x.plan);
    expect(plans.every((f) => f.handelseDate!.startsWith('2026'))).toBe(true);
    const now = '2026-11-22';
    expect(
      plans.map((f) => [f.status, f.plan!.performedDate !== undefined, f.plan!.plannedDate! < now, f.atgarder.map((a) => a.status)]),
    ).toEqual([
      ['closed', true, true, ['verifierad']],
      ['open', false, true, []],
      ['open', false, false, []],
    ]);
    const w = await createWorld({ store, start: '2026-11-22T09:00:00.000Z' });
    expect(await w.engine.verifyIntegrity()).toMatchObject({ ok: true });
  });
});
