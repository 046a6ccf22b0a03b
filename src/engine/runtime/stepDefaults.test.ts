import { describe, expect, it } from 'vitest';
import { DEMO_ORG } from '../../demo/demoOrganisation';
import { catalog, createWorld, example, lexSarahUntil, today } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { riskanalysUntilGodkannande } from '../../../test/support/riskanalysWorld';
import type { FormSpec } from '../model/ProcessCatalog';
import type { RoleId } from '../model/Role';
import type { ArendeState } from './ArendeState';
import { baseFormId, newItemDefaults, stepDefaults } from './stepDefaults';

const SARA = { namn: 'Sara Nyberg', role: 'sas' as RoleId };
const FREDRIK = { namn: 'Fredrik Dahl', role: 'forvaltningschef' as RoleId };
const ERIK = { namn: 'Erik Holm', role: 'enhetschef' as RoleId };

async function stateOf(w: World, id: string): Promise<ArendeState> {
  return (await w.engine.get(id))!;
}

function formFor(state: ArendeState, type: string): FormSpec {
  return catalog().forms[state.loaded.formOf.get(type)!]!;
}

function defaults(
  w: World,
  state: ArendeState,
  type: string,
  person?: { namn: string; role: RoleId; telefon?: string; epost?: string },
  form = formFor(state, type),
) {
  return stepDefaults(state, type, form, { organisation: DEMO_ORG, today: today(w), ...(person ? { person } : {}) });
}

describe("stepDefaults: facts carried forward as a step form's starting data", () => {
  it('starts the utredning from the rapport, the omedelbara åtgärder and the SAS, with the rapport as first underlag', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    const state = await stateOf(w, id);
    const rapport = example('lex-sarah-rapport-2');
    const d = defaults(w, state, 'utredning.submit', SARA);
    const rapportAt = state.events.find((e) => e.type === 'rapport.submit')!.at;
    expect(d).toEqual({
      handelseOchKonsekvenser: `${rapport.handelse}\n\n${(rapport.konsekvens as { beskrivning: string }).beskrivning}`,
      tidpunkter: {
        handelseTidpunkt: rapport.handelseTidpunkt,
        upptacktTidpunkt: rapport.upptacktTidpunkt,
        upptacktHur: rapport.upptacktHur,
      },
      avhjalpandeAtgarder: (example('lex-sarah-omedelbara-atgarder').atgarder as { beskrivning: string }[])
        .map((a) => a.beskrivning)
        .join('\n'),
      utredare: { namn: 'Sara Nyberg', titel: 'Socialt ansvarig samordnare' },
      underlag: [
        {
          datum: rapportAt.slice(0, 10),
          kalla: 'Lex Sarah-rapport',
          typ: 'fakta',
          text: rapport.handelse,
          forfattare: { namn: 'Anna Berg', titel: 'Undersköterska' },
        },
      ],
    });
    // The defaults are values the engine accepts: the SAS adds what only she knows.
    const own = example('lex-sarah-utredning');
    await w.step(id, 'user:sara', 'utredning.submit', {
      ...own,
      ...d,
      utredare: { ...(d.utredare as object), ingetJav: true },
      underlag: [...(d.underlag as unknown[]), ...(own.underlag as unknown[])],
    });
  });

  it("gives the beslut the SAS's bedömning, today and the förvaltningschef: a complete beslut on its own", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'beslut', { allvarligt: true });
    const state = await stateOf(w, id);
    const d = defaults(w, state, 'beslut.submit', FREDRIK);
    const bedomning = example('lex-sarah-bedomning');
    expect(d).toEqual({
      klassificering: 'missforhallande',
      allvarligt: true,
      motivering: bedomning.motivering,
      beslutsdatum: today(w),
      beslutsfattare: { namn: 'Fredrik Dahl', titel: 'Förvaltningschef' },
    });
    const r = await w.step(id, 'user:fredrik', 'beslut.submit', d);
    expect(JSON.stringify(r.state.snapshot.value)).toContain('"ivospar":"anmalan_ivo"');
  });

  it(
    'fills the IVO anmälan from the registrering, the organisation, the person, the beslut and the utredning, and leaves the ' +
      'place to the person',
    async () => {
      const w = await createWorld();
      const id = await lexSarahUntil(w, 'beslut', { allvarligt: true });
      await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { allvarligt: true }));
      const state = await stateOf(w, id);
      const utredning = example('lex-sarah-utredning');
      const d = defaults(w, state, 'anmalan_ivo.submit', { ...SARA, telefon: '08-123 450 40', epost: 'sara.nyberg@storstad.example' });
      expect(d).toEqual({
        typ: 'allvarligt_missforhallande',
        avsandarensDiarienummer: 'SN 2026/123',
        anmalandeNamnd: 'Socialnämnden i Storstads kommun',
        organisationsnummer: '212000-0000',
        verksamhet: { namn: 'Solgårdens särskilda boende', adress: 'Solvägen 1', postort: 'Storstad' },
        verksamhetsform: 'sol',
        ivoAvdelning: 'ost',
        handelseTidpunkt: (utredning.tidpunkter as { handelseTidpunkt: string }).handelseTidpunkt,
        beskrivning: utredning.handelseOchKonsekvenser,
        vidtagnaAtgarder: utredning.avhjalpandeAtgarder,
        utredningBifogas: true,
        kontaktperson: {
          namn: 'Sara Nyberg',
          titel: 'Socialt ansvarig samordnare',
          telefon: '08-123 450 40',
          epost: 'sara.nyberg@storstad.example',
        },
      });
      // Where in the enhet it happened is not in the rapport: the person writes it.
      expect(d).not.toHaveProperty('handelsePlats');
      // An organisation that has not filled in its details gives only what it has.
      const bare = {
        ...DEMO_ORG,
        forvaltningar: DEMO_ORG.forvaltningar.map(({ id: fid, namn }) => ({ id: fid, namn })),
        enheter: DEMO_ORG.enheter.map(({ id: eid, namn, verksamhetId }) => ({ id: eid, namn, verksamhetId })),
      };
      const partial = stepDefaults(state, 'anmalan_ivo.submit', formFor(state, 'anmalan_ivo.submit'), {
        organisation: bare,
        today: today(w),
        person: SARA,
      });
      for (const key of ['anmalandeNamnd', 'organisationsnummer', 'ivoAvdelning', 'verksamhetsform'])
        expect(partial).not.toHaveProperty(key);
      expect(partial.verksamhet).toEqual({ namn: 'Solgårdens särskilda boende', postort: 'Storstad' });
      expect(partial.kontaktperson).toEqual({ namn: 'Sara Nyberg', titel: 'Socialt ansvarig samordnare' });
    },
  );

  it("starts the uppföljning and the avslut from what the log says: beslut, anmälan, information and each åtgärd's outcome", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'avslut', { allvarligt: true });
    const state = await stateOf(w, id);
    const [atgard] = state.snapshot.context.atgarder;
    const uppfoljning = defaults(w, state, 'uppfoljning.submit', SARA);
    expect(uppfoljning.sammanfattning).toContain(`${atgard!.vad} – genomförd och uppföljd: avsedd effekt.`);
    const avslut = defaults(w, state, 'avslut.submit', SARA);
    expect(avslut.avslutsanteckning).toBe(
      [
        'Beslut: Missförhållande, allvarligt.',
        `Anmälan till IVO skickades ${today(w)}.`,
        'Den enskilde har informerats.',
        `Åtgärder:\n${state.snapshot.context.atgarder.map((a) => `${a.vad} – genomförd och uppföljd: avsedd effekt.`).join('\n')}`,
      ].join('\n'),
    );
  });

  it("an anmälan before the utredning takes the rapport's facts and says the utredning is not attached", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    expect(defaults(w, await stateOf(w, id), 'allvarlighet.bedom', SARA)).toEqual({ bedomningsdatum: today(w) });
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    const rapport = example('lex-sarah-rapport-2');
    const d = defaults(w, await stateOf(w, id), 'anmalan_ivo.submit', SARA);
    expect(d).toMatchObject({ handelseTidpunkt: rapport.handelseTidpunkt, utredningBifogas: false });
    expect(d.beskrivning).toContain(rapport.handelse);
    expect(d.vidtagnaAtgarder).toContain('Extra besök gjordes');
    // No klassificering yet, so no type of anmälan.
    expect(d).not.toHaveProperty('typ');
  });

  it("plans the utredning's förebyggande åtgärder as the first åtgärd, unless the beslut says none are needed", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'beslut');
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut'));
    const utredning = example('lex-sarah-utredning');
    expect(defaults(w, await stateOf(w, id), 'atgarder.submit', ERIK)).toEqual({
      ingaAtgarder: false,
      atgarder: [
        {
          vad: utredning.forebyggandeAtgarder,
          orsak: utredning.orsaker,
          ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' },
          typ: 'forebyggande',
        },
      ],
    });

    const none = await lexSarahUntil(w, 'beslut');
    const motivering = 'Det som orsakade händelsen har redan upphört helt.';
    await w.step(
      none,
      'user:fredrik',
      'beslut.submit',
      example('lex-sarah-beslut', { ingaAtgarder: true, ingaAtgarderMotivering: motivering }),
    );
    expect(defaults(w, await stateOf(w, none), 'atgarder.submit', ERIK)).toEqual({ ingaAtgarder: true, motivering });
  });

  it('dates the registration of sending, åtgärder, uppföljning and avslut today', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'avslut');
    const state = await stateOf(w, id);
    expect(defaults(w, state, 'avslut.submit', SARA)).toMatchObject({ datum: today(w) });
    expect(defaults(w, state, 'atgard.verifiera', SARA)).toEqual({ verifieradDatum: today(w) });
    expect(defaults(w, state, 'atgard.rapportera', ERIK)).toEqual({ genomfordDatum: today(w) });
    expect(defaults(w, state, 'uppfoljning.submit', SARA)).toMatchObject({ datum: today(w) });
  });

  it("gives a process owner's copy of a form the defaults whose fields still fit, and no title for a medarbetare", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'beslut');
    const state = await stateOf(w, id);
    const original = formFor(state, 'beslut.submit');
    const properties = { ...(original.schema.properties as Record<string, Record<string, unknown>>) };
    delete properties.motivering;
    properties.klassificering = { type: 'string', oneOf: [{ const: 'ja' }, { const: 'nej' }] };
    const copy: FormSpec = { ...original, id: 'lex-sarah-beslut-2-v4', schema: { ...original.schema, properties } };
    expect(defaults(w, state, 'beslut.submit', { namn: 'Anna Berg', role: 'medarbetare' }, copy)).toEqual({
      allvarligt: false,
      beslutsdatum: today(w),
      beslutsfattare: { namn: 'Anna Berg' },
    });
  });

  it("starts a follow-up with a row per row of an earlier list, whole rows only and within the item schema's limits", async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    const register = example('riskregister-upprattande');
    const risker = register.risker as Record<string, unknown>[];
    await w.step(id, 'user:erik', 'upprattande.submit', {
      ...register,
      risker: [
        { ...risker[0], nr: 7 },
        { ...risker[1], nr: 12 },
      ],
    });
    await w.step(id, 'user:vera', 'godkannande.submit', example('riskregister-godkannande'));
    const state = await stateOf(w, id);
    const form = formFor(state, 'uppfoljning.submit');
    expect(defaults(w, state, 'uppfoljning.submit', ERIK).rader).toEqual([{ nr: 7 }, { nr: 12 }]);
    // A process owner's copy whose rows allow numbers only up to 10 gets no rows rather than a list missing risk 12.
    const rader = (form.schema.properties as Record<string, Record<string, unknown>>).rader!;
    const items = rader.items as { properties: Record<string, Record<string, unknown>> };
    const narrow = { ...items, properties: { ...items.properties, nr: { ...items.properties.nr, maximum: 10 } } };
    const copy: FormSpec = {
      ...form,
      id: 'riskregister-uppfoljning-v2',
      schema: { ...form.schema, properties: { ...(form.schema.properties as object), rader: { ...rader, items: narrow } } },
    };
    expect(defaults(w, state, 'uppfoljning.submit', ERIK, copy).rader).toBeUndefined();
  });

  it("offers an escalated avvikelse's facts as the first step's data, and nothing for a form without rules", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    const state = await stateOf(w, id);
    const prefill = { handelse: 'Från avvikelsen', enskildReferens: 'ENR-2026-0099' };
    expect(defaults(w, { ...state, open: { ...state.open, prefill } }, 'rapport.submit')).toEqual(prefill);
    expect(defaults(w, state, 'rapport.submit')).toEqual({});
  });

  it('starts an added underlag, informerad or åtgärd with today and the person, where the item has those fields', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'rapport');
    const state = await stateOf(w, id);
    const items = (form: string, person = SARA) =>
      newItemDefaults(state, catalog().forms[form]!, { organisation: DEMO_ORG, today: today(w), person });
    expect(items('lex-sarah-utredning')).toEqual({
      underlag: { datum: today(w), forfattare: { namn: 'Sara Nyberg', titel: 'Socialt ansvarig samordnare' } },
    });
    expect(items('lex-sarah-registrering')).toEqual({ informerade: { datum: today(w) } });
    expect(items('lex-sarah-atgarder', ERIK)).toEqual({ atgarder: { ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' } } });
    // The enhetschef's own name and title under "Utförd av", not retyped (issue 25, item 5).
    expect(items('lex-sarah-omedelbara-atgarder', ERIK)).toEqual({ atgarder: { utfordAv: { namn: 'Erik Holm', titel: 'Enhetschef' } } });
    expect(items('lex-sarah-bedomning')).toEqual({});
  });

  it('signs riskanalys and avvikelse steps with the person and today, and starts their åtgärder with the person', async () => {
    const w = await createWorld();
    const id = await riskanalysUntilGodkannande(w);
    const state = await stateOf(w, id);
    expect(defaults(w, state, 'skyddsombud.submit', { namn: 'Olle Strand', role: 'skyddsombud' })).toEqual({ namn: 'Olle Strand' });
    await w.step(id, 'user:olle', 'skyddsombud.submit', example('riskanalys-skyddsombud'));
    expect(defaults(w, await stateOf(w, id), 'godkannande.submit', { namn: 'Vera Sund', role: 'verksamhetschef' })).toEqual({
      godkannare: { namn: 'Vera Sund', titel: 'Verksamhetschef' },
      datum: today(w),
    });
    const items = (form: string) =>
      newItemDefaults(state, catalog().forms[form]!, { organisation: DEMO_ORG, today: today(w), person: ERIK });
    expect(items('riskanalys-handlingsplan')).toEqual({ atgarder: { ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' } } });
    expect(items('avvikelse-atgard')).toEqual({ atgarder: { ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' } } });
  });

  it("finds a form's rules by its id without version suffixes", () => {
    expect(baseFormId('lex-sarah-beslut-2')).toBe('lex-sarah-beslut');
    expect(baseFormId('lex-sarah-beslut-2-v4')).toBe('lex-sarah-beslut');
    expect(baseFormId('lex-sarah-utredning-v12')).toBe('lex-sarah-utredning');
    expect(baseFormId('atgard-verifiera')).toBe('atgard-verifiera');
  });
});
