import { describe, expect, it } from 'vitest';
import { SeqConflictError } from '../../src/engine/internal';
import type { ArendeEvent, ArendeFacts, ArendeSummary, EventStore, ProcessDefinition } from '../../src/engine/internal';

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

export function summary(
  arendeId: string,
  lastSeq: number,
  status: 'open' | 'closed' = 'open',
  updatedAt = '2026-03-13T08:00:00.000Z',
): ArendeSummary {
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
      await expect(
        store.append({ events: [ev('arende:a', 0)], summaries: [], facts: [{ ...facts, rubrik: 'Ändrad' }] }),
      ).rejects.toBeInstanceOf(SeqConflictError);
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
      const clash = store.append({
        events: [ev('arende:b', 0), { ...ev('arende:a', 0), id: 'event:other' }],
        summaries: [summary('arende:b', 0), summary('arende:a', 9)],
      });
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
        summaries: [
          summary('arende:a', 0, 'open', '2026-03-01T00:00:00.000Z'),
          summary('arende:b', 0, 'closed', '2026-03-03T00:00:00.000Z'),
          summary('arende:c', 0, 'open', '2026-03-02T00:00:00.000Z'),
        ],
      });
      expect((await store.summaries({ status: 'open' })).map((s) => s.arendeId).sort()).toEqual(['arende:a', 'arende:c']);
      expect((await store.summaries({ order: 'newest' })).map((s) => s.arendeId)).toEqual(['arende:b', 'arende:c', 'arende:a']);
      expect((await store.summaries({ order: 'newest', status: 'open', limit: 1 })).map((s) => s.arendeId)).toEqual(['arende:c']);
      expect((await store.summaries({ ids: ['arende:b', 'arende:c'], status: 'open' })).map((s) => s.arendeId)).toEqual(['arende:c']);
      expect((await store.summaries()).length).toBe(3);
    });

    it('reads open rows earliest deadline first, without a deadline last', async () => {
      const store = await make();
      const due = (id: string, nextDueAt: string, status: 'open' | 'closed' = 'open') => ({ ...summary(id, 0, status), nextDueAt });
      await store.append({
        events: [ev('arende:a', 0), ev('arende:b', 0), ev('arende:c', 0), ev('arende:d', 0)],
        summaries: [
          due('arende:a', '9999-12-31T23:59:59.999Z'),
          due('arende:b', '2026-04-01T00:00:00.000Z'),
          due('arende:c', '2026-03-20T00:00:00.000Z'),
          due('arende:d', '2026-01-01T00:00:00.000Z', 'closed'),
        ],
      });
      expect((await store.summaries({ status: 'open', order: 'deadline' })).map((s) => s.arendeId)).toEqual([
        'arende:c',
        'arende:b',
        'arende:a',
      ]);
      expect(
        (await store.summaries({ status: 'open', order: 'deadline', limit: 1, ids: ['arende:a', 'arende:b', 'arende:d'] })).map(
          (s) => s.arendeId,
        ),
      ).toEqual(['arende:b']);
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
      expect((await store.summaries({ waitingFor: [{ role: 'sas', enheter: 'all' }], status: 'open' })).map((s) => s.arendeId)).toEqual([
        'arende:b',
        'arende:a',
      ]);
      expect(
        (await store.summaries({ waitingFor: [{ role: 'enhetschef', enheter: ['enhet:solgarden'] }], limit: 1 })).map((s) => s.arendeId),
      ).toEqual(['arende:b']);
      expect(await store.summaries({ waitingFor: [{ role: 'enhetschef', enheter: ['enhet:larkan'] }] })).toEqual([]);
      expect(await store.summaries({ waitingFor: [{ role: 'forvaltningschef', enheter: 'all' }] })).toEqual([]);
      // Several roles: each row once, by its earliest deadline among them.
      expect(
        (
          await store.summaries({
            waitingFor: [
              { role: 'sas', enheter: 'all' },
              { role: 'enhetschef', enheter: 'all' },
            ],
          })
        ).map((s) => s.arendeId),
      ).toEqual(['arende:b', 'arende:c', 'arende:a']);
    });

    it('filters list rows by serialisable fields: scope, process, enhet, kategori, definition, dates, overdue, text, ids', async () => {
      const store = await make();
      const rows: ArendeSummary[] = [
        {
          ...summary('arende:a1', 0),
          enhetId: 'enhet:solgarden',
          openedBy: 'user:anna',
          processType: 'avvikelse',
          kategori: 'fall',
          rubrik: 'Fall i badrummet',
          openedAt: '2026-01-10T09:00:00.000Z',
          nextDueAt: '2026-02-01T00:00:00.000Z',
        },
        {
          ...summary('arende:b2', 0),
          enhetId: 'enhet:larkan',
          openedBy: 'user:maja',
          processType: 'lex-sarah',
          definitionId: 'lex-sarah',
          definitionVersion: 2,
          rubrik: 'Utebliven insats på Lärkan',
          openedAt: '2026-02-10T09:00:00.000Z',
        },
        {
          ...summary('arende:c3', 0, 'closed'),
          enhetId: 'enhet:larkan',
          openedBy: 'user:anna',
          processType: 'avvikelse',
          kategori: 'lakemedel',
          rubrik: 'ÅTERKOMMANDE läkemedelsfel',
          openedAt: '2026-03-10T09:00:00.000Z',
          nextDueAt: '2026-01-01T00:00:00.000Z',
        },
      ];
      await store.append({ events: rows.map((r) => ev(r.arendeId, 0)), summaries: rows });
      const ids = async (q: Parameters<EventStore['summaries']>[0]) => (await store.summaries(q)).map((r) => r.arendeId).sort();
      expect(await ids({ scope: { enheter: ['enhet:solgarden'] } })).toEqual(['arende:a1']);
      expect(await ids({ scope: { enheter: ['enhet:solgarden'], openedBy: 'user:maja' } })).toEqual(['arende:a1', 'arende:b2']);
      expect(await ids({ scope: { enheter: [], openedBy: 'user:anna' } })).toEqual(['arende:a1', 'arende:c3']);
      expect(await ids({ scope: { enheter: 'all' } })).toEqual(['arende:a1', 'arende:b2', 'arende:c3']);
      expect(await ids({ processTypes: ['lex-sarah'] })).toEqual(['arende:b2']);
      expect(await ids({ enhetId: 'enhet:larkan' })).toEqual(['arende:b2', 'arende:c3']);
      expect(await ids({ kategori: 'lakemedel' })).toEqual(['arende:c3']);
      expect(await ids({ definition: { id: 'lex-sarah', belowVersion: 3 } })).toEqual(['arende:b2']);
      expect(await ids({ definition: { id: 'lex-sarah', belowVersion: 2 } })).toEqual([]);
      expect(await ids({ definition: { id: 'avvikelse', version: 1 } })).toEqual(['arende:a1', 'arende:c3']);
      expect(await ids({ openedFrom: '2026-02-10', openedTo: '2026-03-09' })).toEqual(['arende:b2']);
      // Overdue counts open rows only.
      expect(await ids({ overdueAt: '2026-03-01T00:00:00.000Z' })).toEqual(['arende:a1']);
      // Text: case-insensitive, also Swedish letters, and the ärende id.
      expect(await ids({ text: 'återkommande' })).toEqual(['arende:c3']);
      expect(await ids({ text: 'LÄRKAN' })).toEqual(['arende:b2']);
      expect(await ids({ text: 'c3' })).toEqual(['arende:c3']);
      expect(await ids({ text: '100%_' })).toEqual([]);
      expect(await ids({ ids: ['arende:c3', 'arende:zz'] })).toEqual(['arende:c3']);
      expect(await store.count({ scope: { enheter: ['enhet:larkan'] }, limit: 1 })).toBe(2);
      expect(await store.count({ status: 'closed' })).toBe(1);
    });

    it('adds what a scope grants: rows of a process type in its enheter, optionally only those linked by a rel', async () => {
      const store = await make();
      const rows: ArendeSummary[] = [
        {
          ...summary('arende:m1', 0),
          enhetId: 'enhet:solgarden',
          processType: 'lex-maria',
          links: [{ rel: 'overlamnad_fran', arendeId: 'arende:h1' }],
        },
        {
          ...summary('arende:h1', 0),
          enhetId: 'enhet:solgarden',
          processType: 'avvikelse',
          links: [{ rel: 'overlamnad_till', arendeId: 'arende:m1' }],
        },
        {
          ...summary('arende:x1', 0),
          enhetId: 'enhet:solgarden',
          processType: 'avvikelse',
          links: [{ rel: 'eskalerad_till', arendeId: 'arende:s1' }],
        },
        { ...summary('arende:m2', 0), enhetId: 'enhet:larkan', processType: 'lex-maria' },
      ];
      await store.append({ events: rows.map((r) => ev(r.arendeId, 0)), summaries: rows });
      const ids = async (q: Parameters<EventStore['summaries']>[0]) => (await store.summaries(q)).map((r) => r.arendeId).sort();
      const mas = (enheter: readonly string[] | 'all') => ({
        enheter: [] as string[],
        grants: [
          { enheter, processTypes: ['lex-maria'] },
          { enheter, processTypes: ['avvikelse'], linkRel: 'overlamnad_till' },
        ],
      });
      expect(await ids({ scope: mas('all') })).toEqual(['arende:h1', 'arende:m1', 'arende:m2']);
      expect(await ids({ scope: mas(['enhet:larkan']) })).toEqual(['arende:m2']);
      expect(await ids({ scope: mas([]) })).toEqual([]);
      expect(await ids({ scope: { ...mas('all'), enheter: ['enhet:solgarden'] } })).toEqual([
        'arende:h1',
        'arende:m1',
        'arende:m2',
        'arende:x1',
      ]);
      expect(await store.count({ scope: mas('all'), processTypes: ['avvikelse'] })).toBe(1);
    });

    it('adds the rows where the person is an appointed ersättare, in a role she still holds', async () => {
      const store = await make();
      const rows: ArendeSummary[] = [
        { ...summary('arende:a1', 0), enhetId: 'enhet:solgarden', ersattare: [{ userId: 'user:lina', role: 'enhetschef' }] },
        {
          ...summary('arende:a2', 0),
          enhetId: 'enhet:solgarden',
          ersattare: [
            { userId: 'user:sofia', role: 'sas' },
            { userId: 'user:lina', role: 'sas' },
          ],
        },
        { ...summary('arende:a3', 0), enhetId: 'enhet:solgarden' },
        { ...summary('arende:a4', 0), enhetId: 'enhet:larkan' },
      ];
      await store.append({ events: rows.map((r) => ev(r.arendeId, 0)), summaries: rows });
      const ids = async (q: Parameters<EventStore['summaries']>[0]) => (await store.summaries(q)).map((r) => r.arendeId).sort();
      const lina = (roles: ('enhetschef' | 'sas')[]) => ({ enheter: ['enhet:larkan'], appointed: { userId: 'user:lina', roles } });
      expect(await ids({ scope: lina(['enhetschef']) })).toEqual(['arende:a1', 'arende:a4']);
      expect(await ids({ scope: lina(['enhetschef', 'sas']) })).toEqual(['arende:a1', 'arende:a2', 'arende:a4']);
      // No longer holding the role: the appointment reads nothing.
      expect(await ids({ scope: lina([]) })).toEqual(['arende:a4']);
      expect(await ids({ scope: { enheter: [], appointed: { userId: 'user:sofia', roles: ['enhetschef'] } } })).toEqual([]);
      expect(await store.count({ scope: lina(['sas']) })).toBe(2);
      expect((await store.summary('arende:a2'))?.ersattare).toEqual([
        { userId: 'user:sofia', role: 'sas' },
        { userId: 'user:lina', role: 'sas' },
      ]);
    });

    it('pages with cursors in every order, each row exactly once', async () => {
      const store = await make();
      const rows: ArendeSummary[] = [];
      for (let i = 0; i < 23; i++) {
        const id = `arende:p${String(i).padStart(2, '0')}`;
        // Repeated keys make ties that only the id can order.
        const t = `2026-03-${String(1 + (i % 5)).padStart(2, '0')}T00:00:00.000Z`;
        rows.push({
          ...summary(id, 0, 'open', t),
          nextDueAt: t,
          roleDue: [`sas|${t}`, ...(i % 3 === 0 ? ['enhetschef|2026-01-01T00:00:00.000Z'] : [])],
        });
      }
      await store.append({ events: rows.map((r) => ev(r.arendeId, 0)), summaries: rows });
      for (const q of [
        { order: 'newest' as const },
        { order: 'deadline' as const },
        {
          waitingFor: [
            { role: 'sas' as const, enheter: 'all' as const },
            { role: 'enhetschef' as const, enheter: 'all' as const },
          ],
        },
      ]) {
        const all = (await store.summaries(q)).map((r) => r.arendeId);
        expect(all).toHaveLength(23);
        const paged: string[] = [];
        let after: string | undefined;
        for (let n = 0; n < 10; n++) {
          const page = await store.page({ ...q, limit: 5, ...(after ? { after } : {}) });
          paged.push(...page.rows.map((r) => r.arendeId));
          if (!page.next) break;
          after = page.next;
        }
        expect(paged, JSON.stringify(q)).toEqual(all);
      }
      // Newest first: ties in updatedAt by id, descending.
      expect((await store.summaries({ order: 'newest', limit: 3 })).map((r) => r.arendeId)).toEqual([
        'arende:p19',
        'arende:p14',
        'arende:p09',
      ]);
      // Inbox: the enhetschef's earlier deadline brings its rows first.
      expect(
        (
          await store.summaries({
            waitingFor: [
              { role: 'sas', enheter: 'all' },
              { role: 'enhetschef', enheter: 'all' },
            ],
            limit: 2,
          })
        ).map((r) => r.arendeId),
      ).toEqual(['arende:p00', 'arende:p03']);
      expect((await store.page({ order: 'newest', limit: 23 })).next).toBeUndefined();
    });

    it('reads one ärende from a seq onward together with its recorded head', async () => {
      const store = await make();
      await store.append({ events: [ev('arende:a', 0), ev('arende:a', 1), ev('arende:a', 2)], summaries: [summary('arende:a', 2)] });
      const all = await store.readArende('arende:a', 0);
      expect(all.events.map((e) => e.seq)).toEqual([0, 1, 2]);
      expect(all.head).toEqual({ seq: 2, hash: hex(3) });
      expect((await store.readArende('arende:a', 2)).events).toEqual([ev('arende:a', 2)]);
      expect((await store.readArende('arende:a', 3)).events).toEqual([]);
      expect(await store.readArende('arende:finns-inte', 0)).toEqual({ events: [], head: undefined });
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
