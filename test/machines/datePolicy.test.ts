import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { DEMO_ORG } from '../../src/demo/demoOrganisation';
import { collectArendeFacts, computeObligations, kvalitetsberattelse, replay, sealEvent, yearPeriod } from '../../src/engine/internal';
import type { ArendeEvent, NamedRef, Organisation, ProcessDefinition, SubmitResult, TransitionJson } from '../../src/engine/internal';
import { loadShippedDefinitions, shippedDefinition } from '../support/catalog';
import { createWorld, example, lexSarahUntil, today } from '../support/world';
import type { World } from '../support/world';

/** The Swedish messages of a refusal that must be the skeleton's date rules (invalid data, naming the field). */
function dateRefusal(r: SubmitResult): string[] {
  expect(r.ok).toBe(false);
  if (r.ok) return [];
  expect(r.rejection.code).toBe('invalid_data');
  expect(r.rejection.message).toContain('är inte godkända');
  return (r.rejection.fieldErrors ?? []).map((e) => `${e.pointer}: ${e.message}`);
}

const eventsOf = async (w: World, id: string) => (await w.store.eventsOf(id)).length;

/** A lex Sarah ärende whose anmälan went (today, 2026-03-13) before the utredning was done, and whose beslut is taken. */
async function kompletteringDue(w: World): Promise<string> {
  const id = await lexSarahUntil(w, 'beslut', { allvarligt: true, utredningBifogad: false });
  await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut', { klassificering: 'missforhallande', allvarligt: true }));
  return id;
}

const kompletteringObligation = async (w: World, id: string) =>
  computeObligations((await w.engine.get(id))!, w.clock.now()).find((o) => o.id === 'komplettering');

describe('dates the law relies on: the komplettering to IVO', () => {
  it('refuses a komplettering dated next month or before the anmälan; the obligation stays open until a real one', async () => {
    const w = await createWorld();
    const id = await kompletteringDue(w);
    const before = await eventsOf(w, id);
    const nextMonth = await w.attempt(
      id,
      'user:sara',
      'komplettering.submit',
      example('lex-sarah-komplettering', { skickadDatum: '2026-04-27' }),
    );
    expect(dateRefusal(nextMonth)).toEqual([
      '/skickadDatum: Datumet då kompletteringen skickades (2026-04-27) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    ]);
    const early = await w.attempt(
      id,
      'user:sara',
      'komplettering.submit',
      example('lex-sarah-komplettering', { skickadDatum: '2026-03-01' }),
    );
    expect(dateRefusal(early)).toEqual([
      '/skickadDatum: Datumet då kompletteringen skickades (2026-03-01) kan inte vara före datumet då anmälan skickades (2026-03-13).',
    ]);
    expect(await eventsOf(w, id)).toBe(before);
    expect(await kompletteringObligation(w, id)).toMatchObject({ status: 'open' });

    await w.step(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering', { skickadDatum: today(w) }));
    expect(await kompletteringObligation(w, id)).toMatchObject({ status: 'met', late: false });
  });

  it('refuses an anmälan recorded as sent before it was signed', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    await w.step(id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo', { utredningBifogas: false }));
    await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande', { datum: '2026-03-12' }));
    const r = await w.attempt(
      id,
      'user:sara',
      'anmalan_skickad.submit',
      example('lex-sarah-anmalan-skickad-2', { skickadDatum: '2026-03-11' }),
    );
    expect(dateRefusal(r)).toEqual([
      '/skickadDatum: Datumet då anmälan skickades (2026-03-11) kan inte vara före underskriften (2026-03-12).',
    ]);
    const signedTomorrow = await w.attempt(
      id,
      'user:sara',
      'anmalan_skickad.submit',
      example('lex-sarah-anmalan-skickad-2', { skickadDatum: '2026-03-14' }),
    );
    expect(dateRefusal(signedTomorrow)).toEqual([
      '/skickadDatum: Datumet då anmälan skickades (2026-03-14) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    ]);
  });
});

describe('dates the law relies on: when the händelse happened', () => {
  it(
    'refuses a lex Sarah rapport about a händelse 200 days ahead, in 2027 or in 1901, or noticed before it happened; nothing is ' +
      'stored',
    async () => {
      const w = await createWorld();
      const report = (patch: Record<string, unknown>) =>
        w.engine.report('lex-sarah', 'enhet:solgarden', example('lex-sarah-rapport-2', patch), 'user:anna');
      expect(
        dateRefusal(await report({ handelseTidpunkt: '2026-09-29T14:00:00+02:00', upptacktTidpunkt: '2026-09-29T15:00:00+02:00' })),
      ).toEqual([
        '/handelseTidpunkt: Tidpunkten då händelsen inträffade (2026-09-29 kl. 14:00) kan inte ligga i framtiden; klockan är nu ' +
          '2026-03-13 kl. 09:00.',
        '/upptacktTidpunkt: Tidpunkten då händelsen upptäcktes (2026-09-29 kl. 15:00) kan inte ligga i framtiden; klockan är nu ' +
          '2026-03-13 kl. 09:00.',
      ]);
      expect(dateRefusal(await report({ handelseTidpunkt: '2027-01-05T10:00:00+01:00' }))).toContain(
        '/handelseTidpunkt: Tidpunkten då händelsen inträffade (2027-01-05 kl. 10:00) kan inte ligga i framtiden; klockan är nu ' +
          '2026-03-13 kl. 09:00.',
      );
      expect(dateRefusal(await report({ handelseTidpunkt: '1901-05-02T14:00:00+01:00' }))).toEqual([
        '/handelseTidpunkt: Tidpunkten då händelsen inträffade (1901-05-02) kan inte ligga före 1980-01-01.',
      ]);
      // Upptäckt two months before the händelse.
      expect(dateRefusal(await report({ upptacktTidpunkt: '2026-01-12T07:45:00+01:00' }))).toEqual([
        '/upptacktTidpunkt: Tidpunkten då händelsen upptäcktes (2026-01-12 kl. 07:45) kan inte vara före händelsen (2026-03-12 kl. 19:00).',
      ]);
      // An hour before is still before: two date-times compare by the clock.
      expect(dateRefusal(await report({ upptacktTidpunkt: '2026-03-12T18:00:00+01:00' }))).toHaveLength(1);
      expect(await w.store.summaries()).toEqual([]);
      // A browser clock a few minutes ahead does not make a händelse "in the future".
      expect((await report({ handelseTidpunkt: '2026-03-13T09:05:00+01:00', upptacktTidpunkt: '2026-03-13T09:06:00+01:00' })).ok).toBe(
        true,
      );
    },
  );

  it('refuses an avvikelse dated ahead or in 1901, noticed before it happened, or reported late before it happened', async () => {
    const w = await createWorld();
    const report = (patch: Record<string, unknown>, index = 0) =>
      w.engine.report('avvikelse', 'enhet:larkan', example('avvikelse-rapport-2', patch, index), 'user:maja');
    expect(dateRefusal(await report({ handelseDatum: '2026-09-29', upptacktDatum: '2026-09-29' }))).toEqual([
      '/handelseDatum: Händelsedatumet (2026-09-29) kan inte ligga i framtiden; i dag är det 2026-03-13.',
      '/upptacktDatum: Upptäcktsdatumet (2026-09-29) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    ]);
    expect(dateRefusal(await report({ handelseDatum: '2026-03-10', upptacktDatum: '2026-01-10' }))).toEqual([
      '/upptacktDatum: Upptäcktsdatumet (2026-01-10) kan inte vara före händelsen (2026-03-10).',
    ]);
    // An efterregistrering: the händelse in 1901, and a rapport date before the händelse.
    expect(dateRefusal(await report({ handelseDatum: '1901-05-01', upptacktDatum: '1901-05-01' }, 4))).toEqual([
      '/handelseDatum: Händelsedatumet (1901-05-01) kan inte ligga före 1980-01-01.',
      '/upptacktDatum: Upptäcktsdatumet (1901-05-01) kan inte ligga före 1980-01-01.',
    ]);
    expect(dateRefusal(await report({ efterregistreringDatum: '2020-12-01' }, 4))).toEqual([
      '/efterregistreringDatum: Datumet då rapporten lämnades (2020-12-01) kan inte vara före händelsen (2020-12-30).',
    ]);
    expect(await w.store.summaries()).toEqual([]);
    expect((await report({}, 4)).ok).toBe(true);
  });
});

/** The demo organisation where Solgården has closed: its last day was 2025-12-31. */
const CLOSED: Organisation = {
  ...DEMO_ORG,
  enheter: DEMO_ORG.enheter.map((e) => (e.id === 'enhet:solgarden' ? { ...e, stangd: true, slutDatum: '2025-12-31' } : e)),
};

describe('dates the law relies on: the enhet existed', () => {
  it('refuses an efterregistrering of a händelse before the enhet started, naming the enhet and its start', async () => {
    const w = await createWorld();
    // Lärkan started 1996-03-01; Solgården 2004-09-01.
    const r = await w.engine.report(
      'avvikelse',
      'enhet:solgarden',
      example('avvikelse-rapport-2', { handelseDatum: '2003-05-01', upptacktDatum: '2003-05-01', efterregistreringDatum: '2003-05-02' }, 4),
      'user:anna',
    );
    expect(dateRefusal(r)).toEqual([
      '/handelseDatum: Händelsedatumet (2003-05-01) kan inte vara före den dag Solgårdens särskilda boende startade (2004-09-01).',
    ]);
    const lex = await w.engine.report(
      'lex-sarah',
      'enhet:solgarden',
      example(
        'lex-sarah-rapport-2',
        {
          handelseTidpunkt: '2003-05-01T14:00:00+02:00',
          upptacktTidpunkt: '2003-05-02T08:00:00+02:00',
          efterregistreringDatum: '2003-05-02',
        },
        2,
      ),
      'user:anna',
    );
    expect(dateRefusal(lex)).toEqual([
      '/handelseTidpunkt: Tidpunkten då händelsen inträffade (2003-05-01 kl. 14:00) kan inte vara före den dag Solgårdens ' +
        'särskilda boende startade (2004-09-01).',
    ]);
    expect(await w.store.summaries()).toEqual([]);
  });

  it('refuses a händelse after the enhet closed, for an ärende opened while it ran; one from before the closing goes on', async () => {
    const open = await createWorld();
    const id = await open.open('avvikelse', 'enhet:solgarden', 'user:anna');
    const other = await open.open('avvikelse', 'enhet:solgarden', 'user:anna');
    const closed = await createWorld({ store: open.store, org: CLOSED, start: '2026-03-14T08:00:00.000Z' });
    const after = await closed.attempt(
      id,
      'user:anna',
      'rapport.submit',
      example('avvikelse-rapport-2', { handelseDatum: '2026-01-10', upptacktDatum: '2026-01-10' }),
    );
    expect(dateRefusal(after)).toEqual([
      '/handelseDatum: Händelsedatumet (2026-01-10) kan inte vara efter den dag Solgårdens särskilda boende stängdes (2025-12-31).',
    ]);
    expect(await eventsOf(closed, id)).toBe(1);
    await closed.step(
      other,
      'user:anna',
      'rapport.submit',
      example('avvikelse-rapport-2', { handelseDatum: '2025-12-30', upptacktDatum: '2026-01-02' }),
    );
  });
});

describe("an ärende already under way is not stopped by a later change of its enhet's dates", () => {
  it("goes on with the utredning of a händelse that now lies before the enhet's start, or after its closing", async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    // Someone sets Solgården's start after the händelse (2026-03-12), or closes it as of 1 March.
    const started = {
      ...DEMO_ORG,
      enheter: DEMO_ORG.enheter.map((e) => (e.id === 'enhet:solgarden' ? { ...e, startDatum: '2026-03-13' } : e)),
    };
    const later = await createWorld({ store: w.store, org: started, start: '2026-03-13T10:00:00.000Z' });
    await later.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    const closedEarly = await createWorld({
      store: w.store,
      org: { ...CLOSED, enheter: CLOSED.enheter.map((e) => (e.id === 'enhet:solgarden' ? { ...e, slutDatum: '2026-03-01' } : e)) },
      start: '2026-03-13T11:00:00.000Z',
    });
    await closedEarly.step(
      id,
      'user:sara',
      'bedomning.submit',
      example('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: false }),
    );
    expect((await closedEarly.engine.get(id))!.events.map((e) => e.type).slice(-2)).toEqual(['utredning.submit', 'bedomning.submit']);
  });
});

describe("dates the law relies on: a planned thing lies in its plan's period", () => {
  async function planned2026(w: World): Promise<string> {
    const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'planering.submit', example('egenkontroll-planering', { ar: 2026, genomforasSenast: '2026-06-30' }));
    return id;
  }

  it(
    'refuses an egenkontroll planned for 2026 whose genomförande is dated 2024, or in the future; a re-planning stays in the ' +
      "plan's year",
    async () => {
      const w = await createWorld();
      const id = await planned2026(w);
      const old = await w.attempt(
        id,
        'user:erik',
        'genomforande.submit',
        example('egenkontroll-genomforande', { genomfordDatum: '2024-05-02' }, 1),
      );
      expect(dateRefusal(old)).toEqual([
        '/genomfordDatum: Datumet då kontrollen genomfördes (2024-05-02) kan inte vara före planens år 2026.',
      ]);
      const ahead = await w.attempt(
        id,
        'user:erik',
        'genomforande.submit',
        example('egenkontroll-genomforande', { genomfordDatum: '2026-05-02' }, 1),
      );
      expect(dateRefusal(ahead)).toEqual([
        '/genomfordDatum: Datumet då kontrollen genomfördes (2026-05-02) kan inte ligga i framtiden; i dag är det 2026-03-13.',
      ]);
      const replan = await w.attempt(
        id,
        'user:erik',
        'planering.omplanera',
        example('egenkontroll-omplanering', { genomforasSenast: '2027-02-01' }),
      );
      expect(dateRefusal(replan)).toEqual(['/genomforasSenast: Det nya datumet (2027-02-01) ligger inte i planens år 2026.']);
      expect(await eventsOf(w, id)).toBe(2);
      await w.step(id, 'user:erik', 'genomforande.submit', example('egenkontroll-genomforande', { genomfordDatum: '2026-03-12' }, 1));
      const closing = await w.attempt(id, 'user:erik', 'avslut.submit', example('egenkontroll-avslut', { datum: '2026-03-11' }));
      expect(dateRefusal(closing)).toEqual(['/datum: Avslutsdatumet (2026-03-11) kan inte vara före genomförandet (2026-03-12).']);
    },
  );

  it("enforces the skeleton whatever the definition says: a version without the genomförande's date guard still refuses", async () => {
    const w = await createWorld();
    const draft = structuredClone(shippedDefinition('egenkontroll')) as ProcessDefinition;
    const done = draft.machine.states.genomforande!.on!['genomforande.submit'] as TransitionJson;
    const leaves = done.guard!.params!.guards as NamedRef[];
    done.guard!.params!.guards = leaves.filter((g) => g.type !== 'isDateBetweenStepAndToday');
    const published = await w.engine.publish(draft, 'user:petra', 'Datumkontrollen i genomförandet tas bort.');
    expect(published.ok).toBe(true);
    const id = await planned2026(w);
    // The shipped versions are 1 and 2; the one published here without the guard is 3.
    expect((await w.engine.get(id))!.loaded.definition.version).toBe(3);
    const ahead = await w.attempt(
      id,
      'user:erik',
      'genomforande.submit',
      example('egenkontroll-genomforande', { genomfordDatum: '2026-05-02' }, 1),
    );
    expect(dateRefusal(ahead)).toEqual([
      '/genomfordDatum: Datumet då kontrollen genomfördes (2026-05-02) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    ]);
  });

  it(
    "keeps a risk register's follow-up in its year, after the approval, and an egenkontroll made from a risk in the register's " + 'year',
    async () => {
      const w = await createWorld({ start: '2027-03-01T08:00:00.000Z' });
      const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
      await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande', { ar: 2027 }));
      await w.step(id, 'user:vera', 'godkannande.submit', example('riskregister-godkannande', { godkantDatum: '2027-02-15' }));
      const outside = await w.attempt(
        id,
        'user:erik',
        'risk.egenkontroll',
        example('riskregister-egenkontroll', { genomforasSenast: '2028-01-31' }),
      );
      expect(dateRefusal(outside)).toEqual([
        '/genomforasSenast: Datumet då egenkontrollen senast ska vara genomförd (2028-01-31) ligger inte i registrets år 2027.',
      ]);
      const beforeApproval = await w.attempt(
        id,
        'user:erik',
        'uppfoljning.submit',
        example('riskregister-uppfoljning', { uppfoljningDatum: '2027-02-01' }),
      );
      expect(dateRefusal(beforeApproval)).toEqual([
        '/uppfoljningDatum: Datumet för uppföljningen (2027-02-01) kan inte vara före godkännandet (2027-02-15).',
      ]);
      const ahead = await w.attempt(
        id,
        'user:erik',
        'uppfoljning.submit',
        example('riskregister-uppfoljning', { uppfoljningDatum: '2027-11-15' }),
      );
      expect(dateRefusal(ahead)).toEqual([
        '/uppfoljningDatum: Datumet för uppföljningen (2027-11-15) kan inte ligga i framtiden; i dag är det 2027-03-01.',
      ]);
      expect((await w.engine.get(id))!.snapshot.value).toBe('uppfoljning');
    },
  );

  it('refuses a register approved in the future', async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
    const r = await w.attempt(id, 'user:vera', 'godkannande.submit', example('riskregister-godkannande'));
    expect(dateRefusal(r)).toEqual([
      '/godkantDatum: Datumet för godkännandet (2027-01-20) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    ]);
  });
});

describe('dates the law relies on: synpunkter', () => {
  it('refuses a synpunkt that came in tomorrow, and an återkoppling before it came in', async () => {
    const w = await createWorld();
    const ahead = await w.engine.report(
      'synpunkter',
      'enhet:solgarden',
      example('synpunkter-inkommen', { inkomDatum: '2026-03-14' }),
      'user:anna',
    );
    expect(dateRefusal(ahead)).toEqual([
      '/inkomDatum: Datumet då synpunkten kom in (2026-03-14) kan inte ligga i framtiden; i dag är det 2026-03-13.',
    ]);
    expect(await w.store.summaries()).toEqual([]);
    const made = await w.engine.report(
      'synpunkter',
      'enhet:solgarden',
      example('synpunkter-inkommen', { inkomDatum: '2026-03-10' }, 1),
      'user:anna',
    );
    if (!made.ok) throw new Error(made.rejection.message);
    const id = made.state.arendeId;
    await w.step(id, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
    await w.step(id, 'user:erik', 'utredning.submit', example('synpunkter-utredning'));
    const early = await w.attempt(id, 'user:erik', 'aterkoppling.submit', example('synpunkter-aterkoppling', { datum: '2026-03-09' }));
    expect(dateRefusal(early)).toEqual([
      '/datum: Datumet för återkopplingen (2026-03-09) kan inte vara före datumet då den kom in (2026-03-10).',
    ]);
    await w.step(id, 'user:erik', 'aterkoppling.submit', example('synpunkter-aterkoppling', { datum: '2026-03-10' }));
  });
});

/** A stored event as the engine of before the date rules wrote it: sealed onto the chain, never decided. */
function legacy(events: readonly ArendeEvent[], type: string, stepData: unknown, actor: ArendeEvent['actor']): ArendeEvent {
  const prev = events[events.length - 1]!;
  const at = new Date(Date.parse(prev.at) + 60_000).toISOString();
  return sealEvent(nobleHasher, {
    id: `event:legacy-${prev.seq + 1}`,
    arendeId: prev.arendeId,
    seq: prev.seq + 1,
    type,
    stepData,
    actor,
    at,
    prevHash: prev.hash,
  });
}

describe('stored ärenden keep replaying; what the rules refuse counts for nothing', () => {
  it('replays and imports a komplettering stored with a date next month, but its obligation is not met by it', async () => {
    const w = await createWorld();
    const id = await kompletteringDue(w);
    const state = (await w.engine.get(id))!;
    const crafted = legacy(state.events, 'komplettering.submit', example('lex-sarah-komplettering', { skickadDatum: '2026-04-27' }), {
      userId: 'user:sara',
      role: 'sas',
    });
    const events = [...state.events, crafted];
    // Replay (also strict, as imports and the server's reads do) applies no date rule.
    const replayed = replay(state.loaded, events, { hasher: nobleHasher, strict: true });
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    expect(replayed.state.snapshot.value).toMatchObject({ handlaggning: { ivospar: 'klar' } });
    const ob = computeObligations(replayed.state, crafted.at).find((o) => o.id === 'komplettering');
    expect(ob?.status).not.toBe('met');

    // A backup holding it imports (it is the record as it was kept), and reads back the same way.
    const file = await w.engine.exportBackup();
    file.events.push(crafted);
    const elsewhere = await createWorld({ store: new MemoryEventStore(), start: '2026-03-14T08:00:00.000Z' });
    const imported = await elsewhere.engine.importBackup(file);
    expect(imported).toMatchObject({ ok: true });
    const back = (await elsewhere.engine.get(id))!;
    expect(back.events).toHaveLength(events.length);
    expect(computeObligations(back, elsewhere.clock.now()).find((o) => o.id === 'komplettering')?.status).not.toBe('met');
  });

  it('does not count an egenkontroll planned for 2026 and stored as performed in 2024 as done in time', async () => {
    const w = await createWorld({ start: '2026-01-10T08:00:00.000Z' });
    const id = await w.open('egenkontroll', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'planering.submit', example('egenkontroll-planering', { ar: 2026, genomforasSenast: '2026-06-30' }));
    const state = (await w.engine.get(id))!;
    const crafted = legacy(state.events, 'genomforande.submit', example('egenkontroll-genomforande', { genomfordDatum: '2024-05-02' }, 1), {
      userId: 'user:erik',
      role: 'enhetschef',
    });
    const file = await w.engine.exportBackup();
    file.events.push(crafted);
    const store = new MemoryEventStore();
    const elsewhere = await createWorld({ store, start: '2026-07-01T08:00:00.000Z' });
    expect(await elsewhere.engine.importBackup(file)).toMatchObject({ ok: true });
    const back = (await elsewhere.engine.get(id))!;
    expect(back.snapshot.value).toBe('avslut');
    expect(computeObligations(back, elsewhere.clock.now()).find((o) => o.id === 'genomforande')?.status).not.toBe('met');

    const facts = collectArendeFacts({
      packs: REGISTRY,
      summaries: await store.summaries(),
      events: await store.allEvents(),
      definitions: loadShippedDefinitions(),
    });
    expect(facts[0]!.plan).toEqual({ plannedDate: '2026-06-30', performedDate: '2024-05-02', findings: false });
    const plan = kvalitetsberattelse(facts, {
      packs: REGISTRY,
      period: yearPeriod(2026),
      now: elsewhere.clock.now(),
      org: DEMO_ORG,
    }).processer.find((p) => p.processType === 'egenkontroll')!.plan!;
    expect(plan.total.genomforda.count).toBe(1);
    expect(plan.total.iTid.count).toBe(0);
  });
});
