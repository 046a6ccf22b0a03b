import { describe, expect, it } from 'vitest';
import { SeqConflictError } from '../../src/engine/index';
import type { ArendeEvent, ArendeFacts, ArendeSummary, EventStore, ProcessDefinition } from '../../src/engine/index';

const hex = (n: number) => n.toString(16).padStart(64, '0');

export function ev(arendeId: string, seq: number, type = seq === 0 ? 'arende.open' : 'rapport.submit'): ArendeEvent {
  return {
    actor: { role: 'medarbetare', userId: 'user:anna' },
    arendeId,
    at: `2026-03-13T08:0${seq % 10}:00.000Z`,
    id: `event:${arendeId}:${seq}`,
    prevHash: hex(seq),
    seq,
    stepData: { n: seq, text: 'Händelse' },
    type,
    hash: hex(seq + 1),
  };
}

export function summary(arendeId: string, lastSeq: number, status: 'open' | 'closed' = 'open', updatedAt = '2026-03-13T08:00:00.000Z'): ArendeSummary {
  return {
    arendeId,
    processType: 'avvikelse',
    definitionId: 'avvikelse',
    definitionVersion: 1,
    enhetId: 'enhet:solgarden',
    status,
    value: 'bedomning',
    activeSteps: [],
    lastSeq,
    lastHash: hex(lastSeq + 1),
    openedAt: '2026-03-13T08:00:00.000Z',
    openedBy: 'user:anna',
    updatedAt,
    links: [],
    rubrik: 'Fall i badrummet',
    deadlines: [],
    nextDueAt: '9999-12-31T23:59:59.999Z',
    roleDue: [],
  };
}

const def = (version: number): ProcessDefinition => ({
  id: 'avvikelse',
  version,
  processType: 'avvikelse',
  title: 'Avvikelse',
  commands: {},
  machine: { id: 'avvikelse', initial: 'a', states: { a: { type: 'final', meta: { title: 'A' } } } },
});

/** The behaviour every EventStore adapter must have; run against Dexie and the in-memory twin. */
export function eventStoreContract(name: string, make: () => Promise<EventStore> | EventStore) {
  describe(`EventStore contract: ${name}`, () => {
    it('appends and reads back events in seq order, with the summary', async () => {
      const store = await make();
      expect(await store.isEmpty()).toBe(true);
      await store.append({ events: [ev('arende:a', 0)], summaries: [summary('arende:a', 0)] });
      await store.append({ events: [ev('arende:a', 1), ev('arende:a', 2)], summaries: [summary('arende:a', 2)] });
      expect(await store.eventsOf('arende:a')).toEqual([ev('arende:a', 0), ev('arende:a', 1), ev('arende:a', 2)]);
      expect(await store.summary('arende:a')).toEqual(summary('arende:a', 2));
      expect(await store.isEmpty()).toBe(false);
      expect(await store.eventsOf('arende:finns-inte')).toEqual([]);
    });

    it('keeps report facts beside the list rows, and names the rows that have none', async () => {
      const store = await make();
      const facts = { arendeId: 'arende:a', processType: 'avvikelse', status: 'open', rubrik: 'Fall' } as unknown as ArendeFacts;
      await store.append({ events: [ev('arende:a', 0)], summaries: [summary('arende:a', 0)], facts: [facts] });
      await store.append({ events: [ev('arende:b', 0)], summaries: [summary('arende:b', 0)] });
      expect(await store.reportFacts()).toEqual({ facts: [facts], missing: ['arende:b'] });
      await store.putFacts([{ ...facts, arendeId: 'arende:b' }]);
      expect((await store.reportFacts()).missing).toEqual([]);
      // A conflicting append writes no facts either.
      await expect(store.append({ events: [ev('arende:a', 0)], summaries: [], facts: [{ ...facts, rubrik: 'Ändrad' }] })).rejects.toBeInstanceOf(SeqConflictError);
      expect((await store.reportFacts()).facts.find((f) => f.arendeId === 'arende:a')?.rubrik).toBe('Fall');
    });

    it('writes a batch across two ärenden atomically', async () => {
      const store = await make();
      await store.append({ events: [ev('arende:a', 0), ev('arende:b', 0)], summaries: [summary('arende:a', 0), summary('arende:b', 0)] });
      expect((await store.allEvents()).map((e) => `${e.arendeId}/${e.seq}`)).toEqual(['arende:a/0', 'arende:b/0']);
      expect((await store.summaries()).length).toBe(2);
    });

    it('refuses a taken seq with SeqConflictError and writes nothing of the batch', async () => {
      const store = await make();
      await store.append({ events: [ev('arende:a', 0)], summaries: [summary('arende:a', 0)] });
      const clash = store.append({ events: [ev('arende:b', 0), { ...ev('arende:a', 0), id: 'event:other' }], summaries: [summary('arende:b', 0), summary('arende:a', 9)] });
      await expect(clash).rejects.toBeInstanceOf(SeqConflictError);
      expect(await store.eventsOf('arende:b')).toEqual([]);
      expect(await store.summary('arende:b')).toBeUndefined();
      expect(await store.summary('arende:a')).toEqual(summary('arende:a', 0));
    });

    it('refuses a gap in seq', async () => {
      const store = await make();
      await store.append({ events: [ev('arende:a', 0)], summaries: [] });
      await expect(store.append({ events: [ev('arende:a', 2)], summaries: [] })).rejects.toBeInstanceOf(SeqConflictError);
      expect((await store.eventsOf('arende:a')).length).toBe(1);
    });

    it('lets exactly one of two racing writers win', async () => {
      const store = await make();
      await store.append({ events: [ev('arende:a', 0)], summaries: [summary('arende:a', 0)] });
      const results = await Promise.allSettled([
        store.append({ events: [{ ...ev('arende:a', 1), id: 'event:tab1' }], summaries: [summary('arende:a', 1)] }),
        store.append({ events: [{ ...ev('arende:a', 1), id: 'event:tab2' }], summaries: [summary('arende:a', 1)] }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(SeqConflictError);
      expect((lost.reason as Error).message).toContain('någon annan har sparat ett steg samtidigt');
      expect((await store.eventsOf('arende:a')).map((e) => e.seq)).toEqual([0, 1]);
    });

    it('queries list rows by status, newest first, with a limit', async () => {
      const store = await make();
      await store.append({
        events: [ev('arende:a', 0), ev('arende:b', 0), ev('arende:c', 0)],
        summaries: [summary('arende:a', 0, 'open', '2026-03-01T00:00:00.000Z'), summary('arende:b', 0, 'closed', '2026-03-03T00:00:00.000Z'), summary('arende:c', 0, 'open', '2026-03-02T00:00:00.000Z')],
      });
      expect((await store.summaries({ status: 'open' })).map((s) => s.arendeId).sort()).toEqual(['arende:a', 'arende:c']);
      expect((await store.summaries({ order: 'newest' })).map((s) => s.arendeId)).toEqual(['arende:b', 'arende:c', 'arende:a']);
      expect((await store.summaries({ order: 'newest', status: 'open', limit: 1 })).map((s) => s.arendeId)).toEqual(['arende:c']);
      expect((await store.summaries({ where: (s) => s.arendeId !== 'arende:a', status: 'open' })).map((s) => s.arendeId)).toEqual(['arende:c']);
      expect((await store.summaries()).length).toBe(3);
    });

    it('reads open rows earliest deadline first, without a deadline last', async () => {
      const store = await make();
      const due = (id: string, nextDueAt: string, status: 'open' | 'closed' = 'open') => ({ ...summary(id, 0, status), nextDueAt });
      await store.append({
        events: [ev('arende:a', 0), ev('arende:b', 0), ev('arende:c', 0), ev('arende:d', 0)],
        summaries: [due('arende:a', '9999-12-31T23:59:59.999Z'), due('arende:b', '2026-04-01T00:00:00.000Z'), due('arende:c', '2026-03-20T00:00:00.000Z'), due('arende:d', '2026-01-01T00:00:00.000Z', 'closed')],
      });
      expect((await store.summaries({ status: 'open', order: 'deadline' })).map((s) => s.arendeId)).toEqual(['arende:c', 'arende:b', 'arende:a']);
      expect((await store.summaries({ status: 'open', order: 'deadline', limit: 1, where: (s) => s.arendeId !== 'arende:c' })).map((s) => s.arendeId)).toEqual(['arende:b']);
      expect((await store.summaries()).length).toBe(4);
    });

    it('reads the rows waiting for one role, earliest deadline for that role first', async () => {
      const store = await make();
      const row = (id: string, roleDue: string[]) => ({ ...summary(id, 0), roleDue });
      await store.append({
        events: [ev('arende:a', 0), ev('arende:b', 0), ev('arende:c', 0)],
        summaries: [
          row('arende:a', ['sas|2026-05-01T00:00:00.000Z']),
          row('arende:b', ['enhetschef|2026-01-01T00:00:00.000Z', 'sas|2026-04-01T00:00:00.000Z']),
          row('arende:c', ['enhetschef|2026-02-01T00:00:00.000Z']),
        ],
      });
      expect((await store.summaries({ role: 'sas', status: 'open' })).map((s) => s.arendeId)).toEqual(['arende:b', 'arende:a']);
      expect((await store.summaries({ role: 'enhetschef', limit: 1 })).map((s) => s.arendeId)).toEqual(['arende:b']);
      expect(await store.summaries({ role: 'forvaltningschef' })).toEqual([]);
    });

    it('stores definitions and refuses to overwrite a version', async () => {
      const store = await make();
      await store.putDefinition(def(1));
      await store.putDefinition(def(2));
      expect((await store.definitions()).map((d) => d.version).sort()).toEqual([1, 2]);
      await expect(store.putDefinition({ ...def(1), title: 'Ändrad' })).rejects.toThrow('får inte skrivas över');
      expect((await store.definitions()).find((d) => d.version === 1)!.title).toBe('Avvikelse');
    });

    it('imports atomically: a clash writes nothing', async () => {
      const store = await make();
      await store.append({ events: [ev('arende:a', 0)], summaries: [summary('arende:a', 0)] });
      await expect(
        store.importAll({ events: [ev('arende:b', 0), ev('arende:a', 0)], summaries: [summary('arende:b', 0)], definitions: [def(3)] }),
      ).rejects.toThrow();
      expect(await store.eventsOf('arende:b')).toEqual([]);
      expect(await store.definitions()).toEqual([]);
      await store.importAll({ events: [ev('arende:b', 0)], summaries: [summary('arende:b', 0)], definitions: [def(3)] });
      expect((await store.allEvents()).length).toBe(2);
      expect((await store.definitions()).length).toBe(1);
    });
  });
}
