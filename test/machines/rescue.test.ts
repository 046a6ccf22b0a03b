import { describe, expect, it } from 'vitest';
import { MIGRATE_EVENT, regionKey } from '../../src/engine/index';
import type { ArendeEvent, MigrateData } from '../../src/engine/index';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { proveMigration, replay } from '../../src/engine/internal';
import { ADD_INFORMERA, edited } from '../support/edits';
import { publishBroken, publishRepair } from '../support/brokenVersion';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { sequentialIds } from '../../src/adapters/system/ids';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { seedDemo } from '../../src/demo/seedDemo';
import { staticDirectory } from '../../src/engine/internal';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, createWorld, example, lexSarahUntil, validator } from '../support/world';
import type { World } from '../support/world';

const U = 'handlaggning.utredningsspar';
const IVO = 'handlaggning.ivospar';
const petra = 'user:petra';

async function publishV4(w: World): Promise<void> {
  const v3 = w.engine.registry.latest('lex-sarah')!.definition;
  const r = await w.engine.publish(edited(v3, ADD_INFORMERA), petra, 'Den enskilde informeras efter beslut.');
  if (!r.ok) throw new Error(JSON.stringify(r.violations));
}

describe('choosing where each parallel track starts (issue 27)', () => {
  it('proves and records a chosen track start, and the history replays exactly', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await publishV4(w);
    // Both old steps onto the utredning track; the IVO track is chosen to start at the anmälan, not at its beginning.
    const mapping = { [`${IVO}.bevakning`]: `${U}.utredning`, [regionKey(IVO)]: `${IVO}.anmalan_ivo` };
    const proof = await w.engine.planMigration(id, 4, mapping);
    expect(proof).toMatchObject({ ok: true, leaves: [`${IVO}.anmalan_ivo`, `${U}.utredning`] });
    const moved = await w.engine.migrate(id, 4, mapping, petra, 'Räddning med vald IVO-del');
    if (!moved.ok) throw new Error(moved.rejection.message);
    expect(moved.event.type).toBe(MIGRATE_EVENT);
    expect(moved.event.stepData).toMatchObject({ mapping: { [regionKey(IVO)]: `${IVO}.anmalan_ivo` } });
    const fresh = await createWorld({ store: w.store });
    expect((await fresh.engine.get(id))!.snapshot.value).toEqual({ handlaggning: { utredningsspar: 'utredning', ivospar: 'anmalan_ivo' } });
    expect((await fresh.engine.verifyIntegrity()).ok).toBe(true);
    // An import re-proves the recorded move, the chosen track start with it.
    const elsewhere = await createWorld({ store: new MemoryEventStore(), start: w.clock.now() });
    const imported = await elsewhere.engine.importBackup(await w.engine.exportBackup());
    expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true });
    expect((await elsewhere.engine.get(id))!.snapshot.value).toEqual((await fresh.engine.get(id))!.snapshot.value);
  });

  it('someone with the database who edits a recorded track start is caught: by the hash chain, and by the proof on import', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await publishV4(w);
    const mapping = { [`${IVO}.bevakning`]: `${U}.utredning`, [regionKey(IVO)]: `${IVO}.anmalan_ivo` };
    const moved = await w.engine.migrate(id, 4, mapping, petra, 'Räddning');
    if (!moved.ok) throw new Error(moved.rejection.message);
    const events = structuredClone(await w.store.eventsOf(id)) as ArendeEvent[];
    const migrera = events.find((e) => e.type === MIGRATE_EVENT)!;
    (migrera.stepData as MigrateData).mapping[regionKey(IVO)] = `${IVO}.anmalan_skickad`; // past the anmälan, skipping it
    const v3 = w.engine.registry.get('lex-sarah', 3)!;
    const resolve = (d: string, v: number) => w.engine.registry.get(d, v);
    const chained = replay(v3, events, { hasher: nobleHasher, resolve });
    expect(chained.ok).toBe(false);
    const strict = replay(v3, events, { strict: true, proveMigration, resolve });
    expect(strict).toMatchObject({ ok: false, reason: expect.stringContaining('Anmälan till IVO') });
    // Strict replay never trusts a move it was given no proof for.
    expect(replay(v3, events, { strict: true, resolve })).toMatchObject({ ok: false, reason: expect.stringContaining('kan inte prövas') });
  });

  it('without a choice the track starts at its first step, as before', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await publishV4(w);
    const proof = await w.engine.planMigration(id, 4, { [`${IVO}.bevakning`]: `${U}.utredning` });
    expect(proof).toMatchObject({ ok: true, leaves: [`${IVO}.bevakning`, `${U}.utredning`] });
  });

  it('refuses a track start that would skip a mandated step, and choices that are not a track of the new place', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await publishV4(w);
    const base = { [`${IVO}.bevakning`]: `${U}.utredning` };
    const skip = await w.engine.planMigration(id, 4, { ...base, [regionKey(IVO)]: `${IVO}.anmalan_skickad` });
    expect(skip.ok).toBe(false);
    const before = (await w.store.eventsOf(id)).length;
    const r = await w.engine.migrate(id, 4, { ...base, [regionKey(IVO)]: `${IVO}.anmalan_skickad` }, petra, 'Hoppa');
    expect(r.ok).toBe(false);
    expect((await w.store.eventsOf(id)).length).toBe(before);
    const outside = await w.engine.planMigration(id, 4, { ...base, [regionKey(IVO)]: `${U}.beslut` });
    expect(outside).toMatchObject({
      ok: false,
      reasons: ['Det valda steget hör inte till spåret "Anmälan till IVO". Välj ett av spårets steg.'],
    });
    const notTrack = await w.engine.planMigration(id, 4, { ...base, [regionKey('avslut')]: 'avslut' });
    expect(notTrack).toMatchObject({ ok: false, reasons: [expect.stringContaining('inte ett parallellt spår')] });
    // A track a mapped step is already in cannot be given a second step.
    const twice = await w.engine.planMigration(id, 4, { [regionKey(IVO)]: `${IVO}.anmalan_ivo` });
    expect(twice).toMatchObject({ ok: false, reasons: [expect.stringContaining('har redan ett steg')] });
    for (const p of [skip, outside, notTrack, twice]) if (!p.ok) expect(p.reasons.join(' ')).not.toMatch(/handlaggning|ivospar|\.submit/);
  });
});

describe('stuck ärenden and their rescue (issue 27)', () => {
  it('finds an ärende on a broken version stuck where no one can act, and proposes the proved same step on the repair', async () => {
    const w = await createWorld();
    const lawful = w.engine.registry.latest('lex-sarah')!.definition;
    const moving = await lexSarahUntil(w, 'utredning'); // on the lawful version 3
    await publishBroken(w, 'lex-sarah', 'avslut');
    const stuck = await lexSarahUntil(w, 'avslut'); // opened on the broken version 4
    const early = await lexSarahUntil(w, 'utredning'); // also on version 4, but people can still act on it
    const noNewer = await w.engine.stuck([stuck, moving, early]);
    expect(Object.keys(noNewer)).toEqual([stuck]);
    expect(noNewer[stuck]).toMatchObject({ since: expect.any(String), why: [expect.stringContaining('ingen nyare version')] });
    expect(noNewer[stuck]!.proposal).toBeUndefined();

    const repaired = await publishRepair(w.engine, 'lex-sarah', lawful);
    const found = (await w.engine.stuck([stuck]))[stuck]!;
    expect(found.proposal).toEqual({ toVersion: repaired, mapping: {}, text: `Flytta till version ${repaired} och fortsätt i "Avslut".` });
    const moved = await w.engine.migrate(stuck, repaired, found.proposal!.mapping, petra, 'Räddning');
    if (!moved.ok) throw new Error(moved.rejection.message);
    expect(await w.engine.stuck([stuck])).toEqual({});
    await w.step(stuck, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
    expect((await w.engine.get(stuck))!.status).toBe('closed');
  });

  it('proposes the nearest step on when the stuck step is gone from the repair, still doing every mandated step left', async () => {
    const w = await createWorld();
    const lawful = w.engine.registry.latest('lex-sarah')!.definition;
    await publishV4(w);
    await publishBroken(w, 'lex-sarah', `${U}.informera_enskild`);
    const id = await lexSarahUntil(w, 'beslut');
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { allvarligt: false }));
    expect((await w.engine.get(id))!.snapshot.value).toMatchObject({ handlaggning: { utredningsspar: 'informera_enskild' } });
    const repaired = await publishRepair(w.engine, 'lex-sarah', lawful); // the rutin without "Informera den enskilde"
    const found = (await w.engine.stuck([id]))[id]!;
    expect(found.proposal).toMatchObject({ toVersion: repaired, mapping: { [`${U}.informera_enskild`]: `${U}.atgarder` } });
    expect(found.proposal!.text).toBe(`Flytta till version ${repaired} och fortsätt i "Åtgärder".`);
    const moved = await w.engine.migrate(id, repaired, found.proposal!.mapping, petra, 'Räddning');
    expect(moved.ok).toBe(true);
  });

  it('finds no open demo ärende stuck: every one of them has someone who can act', async () => {
    const store = new MemoryEventStore();
    const now = '2026-11-22T09:00:00.000Z';
    const deps = { store, ids: sequentialIds('demo'), hasher: nobleHasher, validator, catalog: catalog() };
    await seedDemo({ ...deps, directory: staticDirectory(DEMO_ORG, DEMO_USERS), now }, loadShippedDefinitions());
    const w = await createWorld({ store, start: now });
    const open = (await store.summaries()).filter((r) => r.status === 'open').map((r) => r.arendeId);
    expect(open.length).toBeGreaterThan(5);
    expect(await w.engine.stuck(open)).toEqual({});
  });

  it('says why when no rescue can be proved: the repair still has no way on from the step', async () => {
    const w = await createWorld();
    await publishBroken(w, 'lex-sarah', 'avslut');
    const stuck = await lexSarahUntil(w, 'avslut');
    await publishBroken(w, 'lex-sarah', 'avslut'); // a second version just as broken
    const found = (await w.engine.stuck([stuck]))[stuck]!;
    expect(found.proposal).toBeUndefined();
    expect(found.why!.length).toBeGreaterThan(0);
    expect(found.why!.join(' ')).not.toMatch(/handlaggning|ivospar|\.submit|arende:/);
  });
});
