import { describe, expect, it } from 'vitest';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { diffDefinitions, MIGRATE_EVENT } from '../../src/engine/index';
import { ADD_INFORMERA, edited } from '../support/edits';
import { createWorld, example, lexSarahUntil } from '../support/world';
import type { World } from '../support/world';

const U = 'handlaggning.utredningsspar';
const petra = 'user:petra';

const addInformera = ADD_INFORMERA;

async function publishV3(w: World) {
  const v2 = w.engine.registry.latest('lex-sarah')!.definition;
  const r = await w.engine.publish(edited(v2, { type: 'setSla', path: `${U}.utredning`, days: 20 }), petra, 'Längre tid för utredningen.');
  if (!r.ok) throw new Error(JSON.stringify(r.violations));
}

async function publishV2(w: World) {
  const v1 = w.engine.registry.latest('lex-sarah')!.definition;
  const r = await w.engine.publish(
    edited(v1, addInformera, { type: 'setSla', path: 'handlaggning.ivospar.anmalan_ivo', days: 7 }),
    petra,
    'Den enskilde informeras efter beslut.',
  );
  if (!r.ok) throw new Error(JSON.stringify(r.violations));
  return r.loaded.definition;
}

describe('publishing versions', () => {
  it('publishes a new version immutably; running ärenden stay on theirs, new ones follow it and must pass the new step', async () => {
    const w = await createWorld();
    const before = await lexSarahUntil(w, 'beslut');
    const v2 = await publishV2(w);
    expect(v2.version).toBe(4);
    expect(v2.published).toMatchObject({ by: 'user:petra', note: 'Den enskilde informeras efter beslut.' });
    expect(v2.forms?.['lex-sarah-informera-enskild']).toBeDefined();
    expect((await w.store.definitions()).filter((d) => d.id === 'lex-sarah').map((d) => d.version)).toEqual([1, 2, 3, 4]);

    // The running ärende continues on version 1: after beslut comes åtgärder.
    await w.step(before, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { allvarligt: false }));
    expect((await w.engine.get(before))!.snapshot.value).toEqual({
      handlaggning: { utredningsspar: 'atgarder', ivospar: 'ej_anmalningspliktig' },
    });

    // A new ärende opens on version 2 and cannot skip "Informera den enskilde".
    const after = await lexSarahUntil(w, 'beslut');
    expect((await w.store.summary(after))!.definitionVersion).toBe(4);
    await w.step(after, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { allvarligt: false }));
    const skip = await w.attempt(after, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
    expect(skip.ok).toBe(false);
    if (!skip.ok) expect(skip.rejection.message).toContain('Informera den enskilde');
    await w.step(after, 'user:erik', 'informera_enskild.submit', {});
    await w.step(after, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));

    // A fresh engine over the same store reads both versions back and replays both ärenden.
    const again = await createWorld({ store: w.store });
    expect((await again.engine.get(after))!.loaded.definition.version).toBe(4);
    expect((await again.engine.get(before))!.loaded.definition.version).toBe(3);
  });

  it('refuses a non-compliant draft, a missing note and a non-owner, storing nothing', async () => {
    const w = await createWorld();
    const v1 = w.engine.registry.latest('lex-sarah')!.definition;
    const noBedomning = await w.engine.publish(edited(v1, { type: 'removeStep', path: `${U}.bedomning` }), petra, 'Tar bort bedömning');
    expect(noBedomning.ok).toBe(false);
    if (!noBedomning.ok) expect(noBedomning.violations[0]!.message).toContain('Obligatoriska steg får inte tas bort');
    const noNote = await w.engine.publish(edited(v1, addInformera), petra, '  ');
    expect(noNote).toMatchObject({ ok: false, violations: [{ message: expect.stringContaining('ändringsnotering') }] });
    const notOwner = await w.engine.publish(edited(v1, addInformera), 'user:sara', 'Ny version');
    expect(notOwner).toMatchObject({ ok: false, violations: [{ message: expect.stringContaining('Bara en processägare') }] });
    expect((await w.store.definitions()).filter((d) => d.id === 'lex-sarah')).toHaveLength(3);
    expect(w.engine.registry.versions('lex-sarah')).toHaveLength(3);
  });

  it('describes the difference in domain terms and the impact on open ärenden', async () => {
    const w = await createWorld();
    await lexSarahUntil(w, 'utredning');
    await lexSarahUntil(w, 'utredning');
    await lexSarahUntil(w, 'beslut');
    const v1 = w.engine.registry.get('lex-sarah', 3)!.definition;
    const v2 = await publishV2(w);
    const texts = diffDefinitions(v1, v2, w.engine.registry.catalog).map((c) => c.text);
    expect(texts).toContain('Steget "Informera den enskilde" (enhetschef) har lagts till mellan "Beslut" och "Åtgärder".');
    expect(texts).toContain('Tidskravet för "Anmälan till IVO – förbered" har ändrats från 14 kalenderdagar till 7 kalenderdagar.');
    // Forms by their titles, never their ids: a new version of the same form is named as such (issue 27).
    const v3 = w.engine.registry.get('lex-sarah', 3)!.definition;
    const catalog = w.engine.registry.catalog;
    const otherForm = edited(v3, { type: 'setForm', path: `${U}.bedomning`, form: 'lex-sarah-beslut' });
    expect(diffDefinitions(v3, otherForm, catalog).map((c) => c.text)).toContain(
      'Steget "Bedömning (förslag)" använder nu formuläret "Lex Sarah – beslut" i stället för "Lex Sarah – förslag till bedömning".',
    );
    const newVersion = edited(v3, { type: 'setForm', path: 'rapport', form: 'lex-sarah-rapport' });
    const rapport = diffDefinitions(newVersion, v3, catalog).map((c) => c.text);
    expect(rapport).toContain('Formuläret för "Rapport" har en ny version.');
    expect(rapport.join(' ')).not.toMatch(/lex-sarah-/);
    const impact = await w.engine.impact('lex-sarah', 3);
    expect(impact.open).toBe(3);
    expect(impact.bySteg.find((s) => s.title === 'Utredning')?.count).toBe(2);
    expect(impact.bySteg.find((s) => s.title === 'Beslut')?.count).toBe(1);
  });
});

describe('migrating open ärenden to a newer version', () => {
  it('starts a track the mapping leaves without a step at its beginning, instead of refusing the move (issue 27)', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await publishV2(w);
    // Both old steps mapped onto the utredning track: the IVO track would have no step at all.
    const proof = await w.engine.planMigration(id, 4, { 'handlaggning.ivospar.bevakning': `${U}.utredning` });
    expect(proof).toMatchObject({ ok: true, leaves: ['handlaggning.ivospar.bevakning', `${U}.utredning`] });
    // Moved, and read back from its log (trusted replay and a strict one) in the same place.
    const moved = await w.engine.migrate(id, 4, { 'handlaggning.ivospar.bevakning': `${U}.utredning` }, petra, 'Räddning');
    if (!moved.ok) throw new Error(moved.rejection.message);
    const fresh = await createWorld({ store: w.store });
    expect((await fresh.engine.get(id))!.snapshot.value).toEqual({ handlaggning: { utredningsspar: 'utredning', ivospar: 'bevakning' } });
    expect((await fresh.engine.verifyIntegrity()).ok).toBe(true);
  });

  it('moves an ärende, records the move in its log, and it must then pass the new step; replay and import agree', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await publishV2(w);
    const refused = await w.engine.migrate(id, 4, {}, 'user:sara', 'Flytt');
    expect(refused).toMatchObject({ ok: false, rejection: { code: 'wrong_role' } });
    const moved = await w.engine.migrate(id, 4, {}, petra, 'Ny rutin');
    if (!moved.ok) throw new Error(moved.rejection.message);
    expect(moved.event.type).toBe(MIGRATE_EVENT);
    expect(moved.event.stepData).toMatchObject({
      fromVersion: 3,
      toVersion: 4,
      mapping: { [`${U}.utredning`]: `${U}.utredning`, 'handlaggning.ivospar.bevakning': 'handlaggning.ivospar.bevakning' },
    });
    expect((await w.store.summary(id))!.definitionVersion).toBe(4);

    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(id, 'user:sara', 'bedomning.submit', example('lex-sarah-bedomning', { allvarligt: false }));
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { allvarligt: false }));
    expect((await w.engine.get(id))!.snapshot.value).toMatchObject({ handlaggning: { utredningsspar: 'informera_enskild' } });

    const fresh = await createWorld({ store: w.store });
    expect((await fresh.engine.get(id))!.snapshot.value).toEqual((await w.engine.get(id))!.snapshot.value);
    // The reports still count it: the fold reads past the migration event.
    expect((await fresh.engine.reportFacts()).find((f) => f.arendeId === id)).toMatchObject({ processType: 'lex-sarah', status: 'open' });
    expect((await fresh.engine.verifyIntegrity()).ok).toBe(true);
    // The importing installation's clock is past the file's last event (an import refuses the future).
    const elsewhere = await createWorld({ store: new MemoryEventStore(), start: w.clock.now() });
    const imported = await elsewhere.engine.importBackup(await w.engine.exportBackup());
    expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true });
    expect((await elsewhere.engine.get(id))!.loaded.definition.version).toBe(4);
  });

  it('refuses a mapping that would skip a mandated step still due, and writes nothing', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await publishV2(w);
    const eventsBefore = (await w.store.eventsOf(id)).length;
    const r = await w.engine.migrate(id, 4, { [`${U}.utredning`]: `${U}.atgarder` }, petra, 'Hoppa fram');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.message).toMatch(/Ärendet kan inte flyttas till version 4: .*"Utredning"/);
    expect((await w.store.eventsOf(id)).length).toBe(eventsBefore);
    expect((await w.engine.get(id))!.loaded.definition.version).toBe(3);
  });

  it('refuses moving back onto a mandated step already done, a closed ärende, and a configuration that cannot exist', async () => {
    const w = await createWorld();
    const atBeslut = await lexSarahUntil(w, 'beslut');
    const closed = await lexSarahUntil(w, 'avslutad');
    await publishV2(w);
    const back = await w.engine.planMigration(atBeslut, 4, { [`${U}.beslut`]: `${U}.utredning` });
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.reasons.join(' ')).toContain('"Utredning" är redan gjort');
    const done = await w.engine.planMigration(closed, 4);
    expect(done).toMatchObject({ ok: false, reasons: [expect.stringContaining('avslutat')] });
    const bad = await w.engine.planMigration(atBeslut, 4, { [`${U}.beslut`]: 'avslut' });
    expect(bad.ok).toBe(false);
  });
});

describe('definition files', () => {
  it('exports a version with all its forms and imports it elsewhere as the next version', async () => {
    const w = await createWorld();
    await publishV2(w);
    const file = w.engine.exportDefinition('lex-sarah', 4)!;
    expect(Object.keys(file.definition.forms!)).toEqual(expect.arrayContaining(['lex-sarah-rapport-2', 'lex-sarah-informera-enskild']));
    const other = await createWorld({ store: new MemoryEventStore() });
    const r = await other.engine.importDefinition(JSON.parse(JSON.stringify(file)), petra, '');
    if (!r.ok) throw new Error(JSON.stringify(r.violations));
    expect(r.loaded.definition.version).toBe(4);
    expect(r.loaded.definition.published!.note).toContain('Importerad från fil');
    expect(Object.keys(r.loaded.definition.forms!)).toEqual(['lex-sarah-informera-enskild']);
  });

  it('rejects a file that is not a process file, or a non-compliant one, changing nothing', async () => {
    const w = await createWorld();
    expect(await w.engine.importDefinition({ hello: 1 }, petra, '')).toMatchObject({
      ok: false,
      violations: [{ message: expect.stringContaining('inte en processfil') }],
    });
    const file = w.engine.exportDefinition('lex-sarah', 3)!;
    const bad = structuredClone(file);
    bad.definition.machine.states.avslut!.meta!.role = 'enhetschef';
    const r = await w.engine.importDefinition(bad, petra, 'Test');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.violations.map((v) => v.message).join(' ')).toContain('steget anger enhetschef');
    const changedForm = structuredClone(file);
    (changedForm.definition.forms!['lex-sarah-avslut']!.schema as { title: string }).title = 'Ändrad';
    expect(await w.engine.importDefinition(changedForm, petra, 'Test')).toMatchObject({
      ok: false,
      violations: [{ message: expect.stringContaining('finns redan med annat innehåll') }],
    });
    const otherType = structuredClone(file);
    otherType.definition = { ...structuredClone(w.engine.exportDefinition('avvikelse', 1)!.definition), id: 'lex-sarah' };
    expect(await w.engine.importDefinition(otherType, petra, 'Test')).toMatchObject({
      ok: false,
      violations: [{ message: expect.stringContaining('kan inte byta processtyp') }],
    });
    expect(w.engine.registry.versions('lex-sarah')).toHaveLength(3);
    expect((await w.store.definitions()).filter((d) => d.id === 'lex-sarah')).toHaveLength(3);
  });
});

describe('two tabs', () => {
  it('reads an ärende on a version published (and migrated to) in another tab without a restart', async () => {
    const w = await createWorld();
    const other = await createWorld({ store: w.store }); // another tab, started before the publish
    const id = await lexSarahUntil(w, 'utredning');
    await publishV2(w);
    const moved = await w.engine.migrate(id, 4, {}, petra, 'Ny rutin');
    expect(moved.ok).toBe(true);
    const fresh = await lexSarahUntil(w, 'rapport');
    other.engine.invalidate();
    expect((await other.engine.get(id))!.loaded.definition.version).toBe(4);
    expect((await other.engine.get(fresh))!.loaded.definition.version).toBe(4);
    const third = await createWorld({ store: w.store, seed: 't3' });
    await publishV3(w);
    expect((await third.engine.get(await third.open('lex-sarah', 'enhet:solgarden', 'user:anna')))!.loaded.definition.version).toBe(5);
  });
});
