import { describe, expect, it } from 'vitest';
import { DexieEventStore } from '../support/DexieEventStore';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { demoUser } from '../../src/demo/demoOrganisation';
import { hashEvent } from '../../src/engine/internal';
import type { ArendeEvent, BackupFile, EventStore } from '../../src/engine/internal';
import { createWorld, example, lexSarahUntil } from '../support/world';

/** Re-seals a chain after an edit, as someone crafting a file with valid hashes would. */
function rehash(events: ArendeEvent[]): ArendeEvent[] {
  let prev = '0'.repeat(64);
  return events.map((e, seq) => {
    const next = { ...e, seq, prevHash: prev };
    const sealed = { ...next, hash: hashEvent(nobleHasher, next) };
    prev = sealed.hash;
    return sealed;
  });
}

async function snapshotOf(store: EventStore) {
  return { events: await store.allEvents(), summaries: await store.summaries(), definitions: await store.definitions() };
}

describe('durability: conflicts, integrity, backup', () => {
  let n = 0;
  const stores: [string, () => EventStore][] = [
    ['in-memory', () => new MemoryEventStore()],
    ['Dexie', () => new DexieEventStore(`flikar-${Date.now()}-${n++}`)],
  ];

  it.each(stores)('gives a racing writer (another tab) a clear conflict, never a lost or doubled event (%s)', async (_name, make) => {
    const store = make();
    const tab1 = await createWorld({ store, seed: 'a' });
    const tab2 = await createWorld({ store, seed: 'b' });
    const id = await lexSarahUntil(tab1, 'rapport');
    await tab2.engine.get(id); // tab 2 has the ärende cached at seq 0
    // Both submit at once: both decide on seq 0, one append wins.
    const [one, two] = await Promise.all([
      tab1.attempt(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2')),
      tab2.attempt(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2')),
    ]);
    expect([one.ok, two.ok].filter(Boolean)).toHaveLength(1);
    const lost = one.ok ? two : one;
    expect(lost.ok || lost.rejection.code).toBe('seq_conflict');
    if (!lost.ok) {
      expect(lost.rejection.message).toContain('annan flik');
      expect(lost.state?.events).toHaveLength(2); // the new state is shown
    }
    expect((await store.eventsOf(id)).map((e) => e.seq)).toEqual([0, 1]);
    // A tab that is behind reads what the other wrote before it decides: the step is already done.
    const stale = await tab2.attempt(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    expect(stale.ok || stale.rejection.code).toBe('step_not_reached');
    await tab2.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    expect((await store.eventsOf(id)).map((e) => e.seq)).toEqual([0, 1, 2]);
  });

  it("never stamps a step earlier than the step before it, even when this instance's clock is behind", async () => {
    const store = new MemoryEventStore();
    const ahead = await createWorld({ store, seed: 'a', start: '2026-03-13T08:00:00.000Z' });
    const behind = await createWorld({ store, seed: 'b', start: '2026-03-13T07:59:00.000Z' });
    const id = await lexSarahUntil(ahead, 'rapport');
    await ahead.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
    const last = (await store.eventsOf(id)).at(-1)!.at;
    const r = await behind.attempt(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    expect(r.ok).toBe(true);
    expect((await store.eventsOf(id)).at(-1)!.at).toBe(last);
    // The history stays readable under strict replay: timestamps never go backwards.
    expect(await behind.engine.verifyIntegrity()).toMatchObject({ ok: true });
    const fresh = await createWorld({ store, seed: 'c', start: '2026-03-14T08:00:00.000Z' });
    expect((await fresh.engine.get(id))?.events).toHaveLength(3);
  });

  it('detects an edited event and reports the first broken one', async () => {
    const store = new MemoryEventStore(false);
    const w = await createWorld({ store });
    const id = await lexSarahUntil(w, 'beslut');
    expect(await w.engine.verifyIntegrity()).toMatchObject({ ok: true, checked: 6 });
    const events = await store.eventsOf(id);
    (events[3]!.stepData as Record<string, unknown>).diarienummer = 'SN 2026/999'; // edited in place
    const result = await w.engine.verifyIntegrity();
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ arendeId: id, seq: 3 });
    expect(result.firstBreak!.reason).toContain('har ändrats i efterhand');
  });

  it.each(stores)('exports everything and imports it into a fresh store with identical state (%s)', async (_name, make) => {
    const w = await createWorld({ store: make() });
    const a = await lexSarahUntil(w, 'avslutad', { allvarligt: true });
    const b = await lexSarahUntil(w, 'uppfoljning');
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup())) as BackupFile;
    expect(file.events.length).toBeGreaterThan(20);

    const fresh = await createWorld({ seed: 'fresh', store: make(), start: '2027-01-01T00:00:00.000Z' });
    const result = await fresh.engine.importBackup(file);
    expect(result).toMatchObject({ ok: true, arenden: 2, events: file.events.length });
    for (const id of [a, b]) {
      const before = (await w.engine.get(id))!;
      const after = (await fresh.engine.get(id))!;
      expect(after.snapshot.value).toEqual(before.snapshot.value);
      expect(after.snapshot.context).toEqual(before.snapshot.context);
      expect(await fresh.store.summary(id)).toEqual(await w.store.summary(id));
    }
    // Importing the same file again changes nothing.
    expect(await fresh.engine.importBackup(file)).toMatchObject({ ok: true, arenden: 0, skipped: 2 });
    // The restored ärende continues.
    await fresh.step(b, 'user:erik', 'atgard.lagg_till', example('atgard-lagg-till'));
  });

  it('rejects a tampered file with a clear message and writes nothing', async () => {
    const w = await createWorld();
    await lexSarahUntil(w, 'beslut');
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup())) as BackupFile;
    (file.events[2]!.stepData as Record<string, unknown>).behovs = 'nej';
    const fresh = await createWorld({ seed: 'fresh' });
    const before = await snapshotOf(fresh.store);
    const result = await fresh.engine.importBackup(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/händelse 2: Händelse 2 har ändrats i efterhand/);
    expect(await snapshotOf(fresh.store)).toEqual(before);
  });

  it('rejects a crafted file whose chain is valid but skips a mandated step', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'beslut');
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup())) as BackupFile;
    const events = file.events.filter((e) => e.arendeId === id && e.type !== 'omedelbara_atgarder.submit');
    file.events = rehash(events);
    const fresh = await createWorld({ seed: 'fresh' });
    const result = await fresh.engine.importBackup(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toContain('"registrering.submit") var inte möjlig');
    expect(await fresh.store.allEvents()).toEqual([]);
  });

  it('rejects a crafted file where someone acted in a role the step does not allow', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup())) as BackupFile;
    const events = file.events.filter((e) => e.arendeId === id);
    events[2]!.actor = { userId: 'user:anna', role: 'medarbetare' };
    file.events = rehash(events);
    const result = await (await createWorld({ seed: 'x' })).engine.importBackup(file);
    expect(result.ok || result.errors.join(' ')).toContain('i en roll ("medarbetare") som inte får utföra steget');
  });

  it('rejects a file where the beslut is re-signed by someone who did not hold the role, naming the event', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'uppfoljning');
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup())) as BackupFile;
    const events = file.events.filter((e) => e.arendeId === id);
    const beslut = events.find((e) => e.type === 'beslut.submit')!;
    // A medarbetare claims the förvaltningschef's role: the step allows the role, the chain is recomputed.
    beslut.actor = { userId: 'user:maja', role: 'forvaltningschef' };
    file.events = rehash(events);
    const fresh = await createWorld({ seed: 'fresh', start: '2027-01-01T00:00:00.000Z' });
    const result = await fresh.engine.importBackup(file);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.join(' ')).toContain(`Ärendet ${id}, händelse ${beslut.seq}: Maja Lind hade inte rollen "forvaltningschef"`);
    expect(await fresh.store.allEvents()).toEqual([]);
  });

  it('rejects a file with an event dated after the import or before the one it follows', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup())) as BackupFile;
    const later = rehash(
      file.events.filter((e) => e.arendeId === id).map((e, i) => (i === 2 ? { ...e, at: '2030-01-01T00:00:00.000Z' } : e)),
    );
    const fresh = await createWorld({ seed: 'fresh', start: '2027-01-01T00:00:00.000Z' });
    const future = await fresh.engine.importBackup({ ...file, events: later });
    expect(future.ok || future.errors.join(' ')).toMatch(/händelse (2|3): Händelse 3 är daterad före|daterad 2030-01-01/);
    const garbled = rehash(file.events.filter((e) => e.arendeId === id).map((e, i) => (i === 1 ? { ...e, at: 'i går' } : e)));
    const bad = await fresh.engine.importBackup({ ...file, events: garbled });
    expect(bad.ok || bad.errors.join(' ')).toContain('ogiltigt tidsstämpel');
    expect(await fresh.store.allEvents()).toEqual([]);
  });

  it('rejects a file that is not a backup, naming what is wrong', async () => {
    const w = await createWorld();
    const result = await w.engine.importBackup({ format: 'något annat', events: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toBe('Filen är inte en säkerhetskopia från Kvalitetsflöde i rätt format.');
      expect(result.errors.join(' ')).toContain('filformat');
    }
  });

  it('rejects an imported definition that breaks the legal skeleton', async () => {
    const w = await createWorld();
    const file = JSON.parse(JSON.stringify(await w.engine.exportBackup())) as BackupFile;
    const lexSarah = file.definitions.find((d) => d.id === 'lex-sarah')!;
    const forged = structuredClone(lexSarah);
    forged.version = 2;
    const beslut = forged.machine.states.handlaggning!.states!.utredningsspar!.states!.beslut!.on!['beslut.submit'] as unknown as {
      guard: { params: { guards: { params: { role: string } }[] } };
    };
    beslut.guard.params.guards[0]!.params.role = 'enhetschef';
    file.definitions.push(forged);
    const result = await (await createWorld({ seed: 'y' })).engine.importBackup(file);
    expect(result.ok || result.errors.join(' ')).toContain(
      '"beslut.submit" från "Beslut" är den ansvariga rollen enhetschef men steget anger förvaltningschef',
    );
  });

  it('keeps published versions immutable', async () => {
    const w = await createWorld();
    const lexSarah = w.engine.registry.latest('lex-sarah')!.definition;
    const changed = { ...structuredClone(lexSarah), title: 'Lex Sarah (ändrad)' };
    const result = w.engine.registry.register(changed);
    expect(result.ok || result.violations[0]!.message).toContain('finns redan och får inte ändras');
    expect(demoUser('user:sara').roles[0]!.role).toBe('sas');
  });
});
