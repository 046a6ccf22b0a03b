import { describe, expect, it } from 'vitest';
import { loadShippedDefinitions } from '../../adapters/catalog/diskCatalog';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { loadDefinition, verifyDefinition, yearPeriod } from '../../engine/internal';
import type { ArendeContext, MachineEvent } from '../../engine/model/ArendeContext';
import type { ProcessDefinition } from '../../engine/model/ProcessDefinition';
import { catalog, createWorld, defaultsFor, example, validator } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { inboxFor, runSummaryQuery } from '../../engine/internal';
import { removeEvent, removeGuard, reRoleEvent } from '../../../test/support/lawMutations';
import { rapporteringsFacts } from './facts';
import { explainsMissing } from './guards/explainsMissing';
import { oneKvittensPerPerson } from './guards/oneKvittensPerPerson';
import { KVITTENS_EVENT, latestRows, OWN_EVENT, statusOf } from './kvittenser';
import type { PersonRow } from './kvittenser';
import { informeradePerEnhet } from './reportTable';

const ANNA: PersonRow = { nr: 1, namn: 'Anna Berg', grupp: 'anstalld' };
const OMAR: PersonRow = { nr: 2, namn: 'Omar Said', grupp: 'praktikant', borjadeDatum: '2026-05-04' };
const signed = (row: PersonRow, datum = '2026-03-10', satt = 'narvarolista'): PersonRow => ({
  ...row,
  kvitteradDatum: datum,
  kvitteradSatt: satt,
});
/** The kvittenser form's data for these rows: the people, the newcomers' first days and the kvittenser, by nr. */
const save = (rows: PersonRow[]) => ({
  personer: rows.map(({ nr, namn, grupp }) => ({ nr, namn, grupp })),
  nya: rows.flatMap(({ nr, borjadeDatum }) => (borjadeDatum ? [{ nr, borjadeDatum }] : [])),
  kvittenser: rows.flatMap(({ nr, kvitteradDatum, kvitteradSatt }) =>
    kvitteradDatum ? [{ nr, datum: kvitteradDatum, satt: kvitteradSatt }] : [],
  ),
});

/** Erik, enhetschef at Solgården, gives the year's information at the APT on 10 March. */
async function started(w: World): Promise<string> {
  const id = await w.open('rapporteringsskyldighet', 'enhet:solgarden', 'user:erik');
  await w.step(id, 'user:erik', 'information.submit', example('rapporteringsskyldighet-information', { ar: 2026, datum: '2026-03-10' }));
  return id;
}

const context = async (w: World, id: string): Promise<ArendeContext> => (await w.engine.get(id))!.snapshot.context as ArendeContext;
const event = (type: string, data: unknown): MachineEvent => ({
  type,
  data,
  actor: { userId: 'user:erik', role: 'enhetschef' },
  at: '2026-03-13T09:00:00.000Z',
  seq: 9,
});

describe('rapporteringsskyldighet: the frame', () => {
  it('is accepted by the verifier, in both versions', () => {
    for (const version of [1, 2]) {
      const def = loadShippedDefinitions().find((d) => d.id === 'rapporteringsskyldighet' && d.version === version)!;
      expect(verifyDefinition(structuredClone(def), { catalog: catalog(), validator }).violations, `v${version}`).toEqual([]);
    }
  });

  it('refuses a version whose close no longer asks who is missing and why', () => {
    const def = structuredClone(loadShippedDefinitions().find((d) => d.id === 'rapporteringsskyldighet' && d.version === 1)!);
    type Guard = { type: string; params?: { guards?: Guard[] } };
    const close = (def.machine.states as Record<string, { on: Record<string, { guard: Guard }> }>).avslut!.on['avslut.submit']!;
    close.guard.params!.guards = close.guard.params!.guards!.filter((g) => g.type !== 'explainsMissing');
    const messages = verifyDefinition(def, { catalog: catalog(), validator }).violations.map((v) => v.message);
    expect(messages.join('\n')).toMatch(/Kvittenser och avslut.*explainsMissing/);
  });

  // Issue 23: the kvittens rule sits on a command, not on a step's completion; the skeleton names it there.
  const shipped = () => structuredClone(loadShippedDefinitions().find((d) => d.id === 'rapporteringsskyldighet' && d.version === 1)!);
  const verdict = (def: ProcessDefinition) => verifyDefinition(def, { catalog: catalog(), validator }).violations.map((v) => v.message);

  it('refuses a version whose kvittenser no longer keep one kvittens per person, and only for that', () => {
    expect(verdict(removeGuard(shipped(), KVITTENS_EVENT, 'oneKvittensPerPerson'))).toEqual([
      'Kommandot "För in kvittenser" saknar ett lagstadgat villkor: oneKvittensPerPerson. Exempel: Information (enhetschef) → ' +
        'För in kvittenser (enhetschef).',
    ]);
  });

  it('refuses the kvittenser without their role, or given to another', () => {
    expect(verdict(removeGuard(shipped(), KVITTENS_EVENT, 'isRole'))).toEqual([
      'I övergången "kvittens.registrera" från "Kvittenser och avslut" måste exakt en ansvarig roll anges (villkoret isRole).',
    ]);
    expect(verdict(reRoleEvent(shipped(), KVITTENS_EVENT, 'verksamhetschef'))).toContain(
      'Kommandot "För in kvittenser" ska utföras av enhetschef, men definitionen anger verksamhetschef. Ansvarig roll för ett ' +
        'lagstadgat kommando får inte ändras. Exempel: Information (enhetschef) → För in kvittenser (verksamhetschef).',
    );
  });

  it('refuses a version 2 whose own kvittens may be given twice, or beside a paper one, or by another role', () => {
    const v2 = () => structuredClone(loadShippedDefinitions().find((d) => d.id === 'rapporteringsskyldighet' && d.version === 2)!);
    expect(verdict(removeGuard(v2(), OWN_EVENT, 'oneKvittensPerPerson')).join('\n')).toContain(
      'Kommandot "Kvittera informationen" saknar ett lagstadgat villkor: oneKvittensPerPerson.',
    );
    expect(verdict(reRoleEvent(v2(), OWN_EVENT, 'enhetschef')).join('\n')).toContain(
      'Kommandot "Kvittera informationen" ska utföras av medarbetare, men definitionen anger enhetschef.',
    );
    // Without it the year is still lawful: the chef records every kvittens on paper (version 1).
    expect(verdict(removeEvent(v2(), OWN_EVENT))).toEqual([]);
  });

  it('refuses a version without the kvittenser at all', () => {
    expect(verdict(removeEvent(shipped(), KVITTENS_EVENT))).toContain(
      'Kommandot "För in kvittenser" (enhetschef) saknas i processen. Det krävs enligt lag och får inte tas bort.',
    );
  });

  it('runs from the information through the kvittenser to the close, on a list of the people it covers', async () => {
    const w = await createWorld();
    const id = await started(w);
    expect((await w.store.summary(id))!.rubrik).toBe('Information om rapporteringsskyldigheten 2026');
    const early = await w.attempt(id, 'user:erik', 'avslut.submit', { datum: '2026-03-13' });
    expect(early.ok || early.rejection.reasons).toEqual(['För in vilka som omfattas och deras kvittenser innan året avslutas.']);
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), OMAR]));
    const silent = await w.attempt(id, 'user:erik', 'avslut.submit', { datum: '2026-03-13' });
    expect(silent.ok || silent.rejection.message).toContain(
      'Omar Said har inte kvitterat informationen. Skriv vilka som saknas och varför innan året avslutas.',
    );
    await w.step(id, 'user:erik', 'avslut.submit', { datum: '2026-03-13', kommentar: 'Omar börjar i maj och informeras då.' });
    expect((await w.engine.get(id))!.status).toBe('closed');
  });

  it('starts each save of the kvittenser from the latest list, and the information and the close from today', async () => {
    const w = await createWorld();
    const id = await w.open('rapporteringsskyldighet', 'enhet:solgarden', 'user:erik');
    expect(await defaultsFor(w, id, 'information.submit')).toMatchObject({ datum: '2026-03-13' });
    await w.step(id, 'user:erik', 'information.submit', example('rapporteringsskyldighet-information', { ar: 2026, datum: '2026-03-10' }));
    expect(await defaultsFor(w, id, 'kvittens.registrera')).toEqual({});
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), OMAR]));
    expect(await defaultsFor(w, id, 'kvittens.registrera')).toEqual(save([signed(ANNA), OMAR]));
    expect(await defaultsFor(w, id, 'avslut.submit')).toEqual({ datum: '2026-03-13' });
  });

  it('refuses, through the engine, a second kvittens for someone who has acknowledged', async () => {
    const w = await createWorld();
    const id = await started(w);
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), OMAR]));
    const again = await w.attempt(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA, '2026-03-12', 'papper'), OMAR]));
    expect(again.ok || again.rejection.message).toContain('Anna Berg har redan kvitterat informationen 2026-03-10');
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), signed(OMAR, '2026-03-12', 'papper')]));
  });

  it('refuses a kvittens dated in the future', async () => {
    const w = await createWorld();
    const id = await started(w);
    const r = await w.attempt(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA, '2026-04-01')]));
    expect(r.ok || r.rejection.message).toMatch(/Datumet för kvittensen/);
  });
});

describe('rapporteringsskyldighet: one acknowledgment per person and year (its own guard)', () => {
  it('refuses a second kvittens for someone who has acknowledged, and her removal, and a person listed twice', async () => {
    const w = await createWorld();
    const id = await started(w);
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), OMAR]));
    const ctx = await context(w, id);
    const reasons = (data: unknown) => oneKvittensPerPerson.explain(ctx, event('kvittens.registrera', data), {});
    expect(reasons(save([signed(ANNA, '2026-03-12', 'papper'), OMAR]))).toEqual([
      'Anna Berg har redan kvitterat informationen 2026-03-10 (Signerad närvarolista (APT eller introduktion)). ' +
        'En andra kvittens samma år förs inte in.',
    ]);
    expect(reasons(save([OMAR]))).toEqual([
      'Anna Berg har kvitterat informationen 2026-03-10 (Signerad närvarolista (APT eller introduktion)) och kan inte tas bort ur listan.',
    ]);
    expect(reasons(save([signed(ANNA), OMAR, { ...OMAR, nr: 3, namn: ' omar  said ' }]))).toEqual([
      ' omar  said  står på flera rader. Varje person förs in en gång och kvitterar en gång per år.',
    ]);
    const kvittenser = [
      { nr: 1, datum: '2026-03-10', satt: 'narvarolista' },
      { nr: 1, datum: '2026-03-11', satt: 'papper' },
      { nr: 7, datum: '2026-03-11', satt: 'papper' },
    ];
    const twice = { ...save([signed(ANNA), OMAR]), kvittenser };
    expect(reasons(twice)).toEqual([
      'Anna Berg har två kvittenser. Varje person kvitterar en gång per år.',
      'Kvittensen för nr 7: ingen person i listan har nr 7.',
    ]);
    // Her own kvittens kept as it was, and a newcomer's paper kvittens added: nothing to refuse.
    const fine = save([signed(ANNA), signed(OMAR, '2026-03-12', 'papper')]);
    expect(reasons(fine)).toEqual([]);
    expect(oneKvittensPerPerson.test(ctx, event('kvittens.registrera', fine), {})).toBe(true);
  });

  it('lets the year close with people missing only when the chef says who and why', async () => {
    const w = await createWorld();
    const id = await started(w);
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), OMAR]));
    const ctx = await context(w, id);
    expect(explainsMissing.explain(ctx, event('avslut.submit', { datum: '2026-03-13' }), {})).toEqual([
      'Omar Said har inte kvitterat informationen. Skriv vilka som saknas och varför innan året avslutas.',
    ]);
    expect(explainsMissing.test(ctx, event('avslut.submit', { datum: '2026-03-13', kommentar: 'Börjar i maj.' }), {})).toBe(true);
  });
});

describe('rapporteringsskyldighet: the fold and the report', () => {
  it('folds who acknowledged when and how, with who recorded it, and counts X av Y per enhet', async () => {
    const w = await createWorld();
    const id = await started(w);
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), OMAR]));
    const firstSave = (await w.engine.get(id))!.events.at(-1)!.at;
    await w.step(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), signed(OMAR, '2026-03-13', 'papper')]));
    const fold = rapporteringsFacts({ events: (await w.engine.get(id))!.events });
    expect(fold).toMatchObject({ ar: 2026, datum: '2026-03-10', satt: 'apt' });
    expect(fold.personer.map((p) => [p.namn, p.kvittens?.datum, p.kvittens?.satt, p.kvittens?.registreradAv])).toEqual([
      ['Anna Berg', '2026-03-10', 'narvarolista', 'user:erik'],
      ['Omar Said', '2026-03-13', 'papper', 'user:erik'],
    ]);
    // The first save that recorded Anna's kvittens, not the later one that kept it.
    expect(fold.personer[0]!.kvittens?.registreradVid).toBe(firstSave);
    // Folded from its own range when the report hands several ärenden's logs in one array.
    const events = (await w.engine.get(id))!.events;
    const shared = [...events, ...events.slice(0, 2)];
    expect(rapporteringsFacts({ events: shared, from: 0, to: events.length })).toEqual(fold);
    expect(rapporteringsFacts({ events: shared, from: events.length, to: shared.length }).personer).toEqual([]);

    const other = {
      ...fold,
      personer: [
        { ...ANNA, namn: 'Maja Lind' },
        { nr: 2, namn: 'Ny Person', grupp: 'anstalld' },
      ],
    };
    // The engine keeps this pack's fold on the ärende's report facts (the facts hook).
    const base = (await w.engine.reportFacts()).find((f) => f.arendeId === id)!;
    expect(base.pack).toEqual(fold);
    const table = informeradePerEnhet.build({
      facts: [
        { ...base, pack: fold },
        { ...base, arendeId: 'a:2', enhetId: 'enhet:larkan', pack: other },
        { ...base, arendeId: 'a:3', enhetId: 'enhet:larkan', pack: { kind: 'annat' } },
      ],
      org: DEMO_ORG,
      period: yearPeriod(2026),
      now: '2026-06-01T10:00:00.000Z',
      enhetIds: ['enhet:solgarden', 'enhet:larkan'],
    });
    expect(table.rows.map((r) => [r.label, r.detail, r.cells.forsenade!.count])).toEqual([
      ['Gruppbostaden Lärkan', '0 av 2 informerade', 2],
      ['Solgårdens särskilda boende', '2 av 2 informerade', 0],
    ]);
    expect(table.total).toMatchObject({ informerade: { count: 2 }, omfattas: { count: 4 }, saknas: { count: 2 } });
    expect(table.rows[0]!.cells.saknas!.arendeIds).toEqual(['a:2']);
  });

  it('judges each person against the rutin: four weeks from the information, or from her start if later', () => {
    expect(statusOf(ANNA, '2026-03-10', '2026-04-07')).toEqual({ kind: 'saknas', due: '2026-04-07' });
    expect(statusOf(ANNA, '2026-03-10', '2026-04-08')).toEqual({ kind: 'forsenad', due: '2026-04-07' });
    expect(statusOf(OMAR, '2026-03-10', '2026-05-20')).toEqual({ kind: 'saknas', due: '2026-06-01' });
    expect(statusOf(signed(OMAR), '2026-03-10', '2026-12-01')).toEqual({ kind: 'kvitterad', datum: '2026-03-10', satt: 'narvarolista' });
  });
});

describe('rapporteringsskyldighet: each medarbetare acknowledges herself in the app', () => {
  const own = { bekraftar: true };

  it('refuses a definition that records an own step without onceEach: a second would replace the first', () => {
    const def = structuredClone(loadShippedDefinitions().find((d) => d.id === 'rapporteringsskyldighet' && d.version === 2)!);
    type Guard = { type: string; params?: { guards?: Guard[] } };
    const cmd = (def.machine.states as Record<string, { on: Record<string, { guard: Guard }> }>).avslut!.on['kvittens.egen']!;
    cmd.guard.params!.guards = cmd.guard.params!.guards!.filter((g) => g.type !== 'onceEach');
    const r = loadDefinition(def, catalog(), validator);
    expect(r.ok || r.errors).toContain(
      'I övergången "kvittens.egen" från "Kvittenser och avslut" sparas ett eget steg per person: ' +
        'villkoret onceEach (en gång per person) krävs.',
    );
  });

  it('records her own kvittens once, in her name from the directory whatever the request says', async () => {
    const w = await createWorld();
    const id = await started(w);
    await w.step(id, 'user:anna', 'kvittens.egen', { bekraftar: true, person: { namn: 'Erik Holm', anvandarId: 'user:erik' } });
    const ctx = await context(w, id);
    expect(ctx.own?.['kvittens.egen']?.['user:anna']?.data).toEqual({
      bekraftar: true,
      person: { anvandarId: 'user:anna', namn: 'Anna Berg' },
    });
    expect(latestRows(ctx)).toEqual([
      { nr: 1, namn: 'Anna Berg', grupp: '', kvitteradDatum: '2026-03-13', kvitteradSatt: 'app', kvitteradAv: 'user:anna' },
    ]);
    const again = await w.attempt(id, 'user:anna', 'kvittens.egen', own);
    expect(again.ok || again.rejection.message).toContain('Du har redan kvitterat årets information (2026-03-13).');
    const elsewhere = await w.attempt(id, 'user:maja', 'kvittens.egen', own);
    // Maja works at Lärkan: not hers to acknowledge (the server does not even show her the ärende).
    expect(elsewhere.ok || elsewhere.rejection.code).toBe('wrong_unit');
  });

  it("joins her kvittens to the chef's list by name, and refuses a second one on paper or in the app", async () => {
    const w = await createWorld();
    const id = await started(w);
    await w.step(id, 'user:erik', 'kvittens.registrera', save([ANNA, OMAR]));
    await w.step(id, 'user:anna', 'kvittens.egen', own);
    expect(latestRows(await context(w, id)).map((r) => [r.namn, r.kvitteradSatt])).toEqual([
      ['Anna Berg', 'app'],
      ['Omar Said', undefined],
    ]);
    const paper = await w.attempt(id, 'user:erik', 'kvittens.registrera', save([signed(ANNA), OMAR]));
    expect(paper.ok || paper.rejection.message).toContain('Anna Berg har redan kvitterat informationen i Kvalitetsflöde 2026-03-13.');
    // The chef's later save keeps her list as it was; Anna's app kvittens stands beside it.
    await w.step(id, 'user:erik', 'kvittens.registrera', save([ANNA, signed(OMAR, '2026-03-12', 'papper')]));
    const w2 = await createWorld();
    const id2 = await started(w2);
    await w2.step(id2, 'user:erik', 'kvittens.registrera', save([signed(ANNA)]));
    const twice = await w2.attempt(id2, 'user:anna', 'kvittens.egen', own);
    expect(twice.ok || twice.rejection.message).toContain('Din kvittens är redan införd av enhetschefen: 2026-03-10');
  });

  it("waits in the inbox of every medarbetare of the enhet until she has acknowledged, and never in another enhet's", async () => {
    const w = await createWorld();
    const id = await started(w);
    const row = async () => (await w.store.summary(id))!;
    expect((await row()).ownSteps).toEqual([{ event: 'kvittens.egen', title: 'Kvittera informationen', role: 'medarbetare', done: [] }]);
    const anna = await w.engine.principal('user:anna');
    const maja = await w.engine.principal('user:maja');
    if ('code' in anna || 'code' in maja) throw new Error('no principal');
    const waiting = (r: Awaited<ReturnType<typeof row>>, who: typeof anna) =>
      runSummaryQuery([r], {
        waitingFor: [{ role: 'medarbetare', enheter: ['enhet:solgarden', 'enhet:larkan'] }],
        waitingUser: who.actor.userId,
      }).rows.length;
    expect(inboxFor([await row()], anna.actor, DEMO_ORG, '2026-03-13T09:00:00.000Z').map((i) => i.steps.map((s) => s.title))).toEqual([
      ['Kvittera informationen'],
    ]);
    expect(waiting(await row(), anna)).toBe(1);
    expect(inboxFor([await row()], maja.actor, DEMO_ORG, '2026-03-13T09:00:00.000Z')).toEqual([]);
    await w.step(id, 'user:anna', 'kvittens.egen', own);
    expect((await row()).waitDone).toEqual({ medarbetare: ['user:anna'] });
    expect(inboxFor([await row()], anna.actor, DEMO_ORG, '2026-03-13T09:00:00.000Z')).toEqual([]);
    expect(waiting(await row(), anna)).toBe(0);
    // Erik is medarbetare at Solgården too: he still has his own to give (and his chef's step besides).
    const erik = await w.engine.principal('user:erik');
    if ('code' in erik) throw new Error('no principal');
    expect(waiting(await row(), erik)).toBe(1);
  });

  it('folds the app kvittenser with who gave them, and counts them in X av Y', async () => {
    const w = await createWorld();
    const id = await started(w);
    await w.step(id, 'user:erik', 'kvittens.registrera', save([ANNA, OMAR]));
    await w.step(id, 'user:anna', 'kvittens.egen', own);
    await w.step(id, 'user:erik', 'kvittens.egen', own);
    const fold = rapporteringsFacts({ events: (await w.engine.get(id))!.events });
    expect(fold.personer.map((p) => [p.namn, p.kvittens?.satt, p.kvittens?.registreradAv])).toEqual([
      ['Anna Berg', 'app', 'user:anna'],
      ['Omar Said', undefined, undefined],
      ['Erik Holm', 'app', 'user:erik'],
    ]);
  });
});
