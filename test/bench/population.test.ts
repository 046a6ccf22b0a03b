import { afterAll, describe, expect, it } from 'vitest';
import { nodeHasher } from '../../src/adapters/system/nodeHasher';
import { sequentialIds } from '../../src/adapters/system/ids';
import { systemClock } from '../../src/adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { createEngine, groupByArende, replay, staticDirectory } from '../../src/engine/internal';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { rowDeriver } from '../../src/server/ledger/derivedRow';
import { migrate } from '../../src/server/postgres/migrate';
import { pgDb } from '../../src/server/postgres/pgDb';
import { PgEventStore } from '../../src/server/postgres/PgEventStore';
import { verifyLog } from '../../src/server/postgres/verifyLog';
import { createTestDatabase } from '../postgres/testDatabase';
import { testSigner } from '../postgres/testSigner';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, validator } from '../support/world';
import { copy, populate, templateGroup } from './population';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

/** The bench's population must pass the whole check, or the start check after a clean stop is never measured. */
describe("the bench's population", () => {
  it('gives ärenden whose logs replay to their list rows, and chains and heads that verify', async () => {
    const database = await createTestDatabase();
    const db = pgDb({ url: database.url, poolSize: 2 });
    cleanups.push(async () => {
      await db.close();
      await database.drop();
    });
    await migrate(db);
    const signer = testSigner();
    const store = new PgEventStore(db, signer);
    // Copies moved back up to 330 days: 40 groups reach shifts where dates without a time once fell out of step.
    const filled = await populate(store, 480, new Date().toISOString());
    const engine = createEngine({
      store,
      clock: systemClock,
      ids: sequentialIds('t'),
      hasher: nodeHasher,
      validator,
      catalog: catalog(),
      directory: staticDirectory(DEMO_ORG, DEMO_USERS),
    });
    await engine.loadDefinitions(loadShippedDefinitions());
    const r = await verifyLog(db, signer, { derive: rowDeriver(engine) });
    expect(r.problems.slice(0, 3)).toEqual([]);
    expect(r.events).toBe(filled.events);
  }, 120_000);

  it('keeps every copy, moved back by any of its 330 days, replaying to its list row (a plan year moves with its dates)', async () => {
    const engine = createEngine({
      store: new MemoryEventStore(),
      clock: systemClock,
      ids: sequentialIds('c'),
      hasher: nodeHasher,
      validator,
      catalog: catalog(),
      directory: staticDirectory(DEMO_ORG, DEMO_USERS),
    });
    await engine.loadDefinitions(loadShippedDefinitions());
    const template = await templateGroup(new Date().toISOString());
    const wrong: string[] = [];
    for (let shift = 0; shift < 330; shift++) {
      const g = copy(template, `s${shift}`, shift);
      for (const [id, list] of groupByArende(g.events)) {
        const open = list[0]!.stepData as { definitionId: string; definitionVersion: number };
        const r = replay(engine.registry.get(open.definitionId, open.definitionVersion)!, list, { hasher: nodeHasher });
        const row = g.summaries.find((x) => x.arendeId === id)!;
        if (!r.ok || r.state.status !== row.status) wrong.push(`${shift} dagar: ${row.processType} ${r.ok ? r.state.status : r.reason}`);
      }
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 120_000);
});
