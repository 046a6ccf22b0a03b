import { describe, expect, it } from 'vitest';
import { DexieEventStore } from '../support/DexieEventStore';
import { KvalitetsDb } from '../../src/adapters/dexie/KvalitetsDb';
import { NO_DEADLINE, SeqConflictError } from '../../src/engine/internal';
import fixture from './fixtures/v1.json';

describe('Dexie schema upgrade', () => {
  it('opens a version 1 database with the current schema and keeps every row', async () => {
    const name = `uppgradering-${Date.now()}`;
    const old = new KvalitetsDb(name, 1);
    await old.events.bulkAdd(fixture.events as never);
    await old.summaries.bulkAdd(fixture.summaries as never);
    await old.definitions.bulkAdd(fixture.definitions as never);
    expect(old.verno).toBe(1);
    old.close();

    const store = new DexieEventStore(name);
    expect(await store.eventsOf('arende:v1')).toEqual(fixture.events);
    // Version 3 gave each old row its deadline sort key (no deadlines → the "none" key).
    expect(await store.summaries()).toEqual(fixture.summaries.map((r) => ({ ...r, nextDueAt: NO_DEADLINE, roleDue: [] })));
    expect(await store.definitions()).toEqual(fixture.definitions);
    expect(store.db.verno).toBe(10);
    // Version 5's report facts start empty: the old ärende is listed as missing, to be filled on first report.
    expect(await store.reportFacts()).toEqual({ facts: [], missing: ['arende:v1'] });
    // The indexes added in versions 2–4 work on the old rows.
    expect(await store.db.summaries.where('enhetId').equals('enhet:solgarden').count()).toBe(1);
    expect(await store.db.summaries.orderBy('updatedAt').first()).toMatchObject({ arendeId: 'arende:v1' });
    expect((await store.summaries({ status: 'open', order: 'deadline' })).map((r) => r.arendeId)).toEqual(['arende:v1']);
    // And the unique [arendeId+seq] still holds.
    await expect(store.append({ events: [{ ...fixture.events[1]!, id: 'event:dubbel' } as never], summaries: [] })).rejects.toBeInstanceOf(
      SeqConflictError,
    );
    store.close();
  });
});
