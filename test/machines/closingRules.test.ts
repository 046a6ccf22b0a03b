import { describe, expect, it } from 'vitest';
import { verifyDefinition } from '../../src/engine/internal';
import type { ProcessDefinition } from '../../src/engine/internal';
import { shippedDefinition } from '../support/catalog';
import { catalog, createWorld, example, lexSarahUntil, today, validator } from '../support/world';
import type { World } from '../support/world';
import { headlineOf } from '../support/headline';

const BESLUT = { klassificering: 'missforhallande', allvarligt: false };

/** Lex Sarah up to the beslut (SAS Sara investigates), then the beslut and the given plan. */
async function decided(w: World, beslut: Record<string, unknown>, atgarder: unknown[]): Promise<string> {
  const id = await lexSarahUntil(w, 'beslut');
  await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut-2', beslut));
  const none = atgarder.length === 0;
  await w.step(id, 'user:erik', 'atgarder.submit', {
    ingaAtgarder: none,
    ...(none ? { motivering: 'Enhetschefen ser inget behov av åtgärder.' } : {}),
    atgarder,
  });
  return id;
}

async function doneAndVerified(w: World, id: string, effekt = 'avsedd_effekt'): Promise<void> {
  for (const a of (await w.engine.get(id))!.snapshot.context.atgarder.filter((x) => x.status === 'planerad')) {
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: a.id }));
    await w.step(id, 'user:sara', 'atgard.verifiera', {
      atgardId: a.id,
      verifieradDatum: today(w),
      effekt,
      ...(effekt === 'avsedd_effekt' ? {} : { kommentar: 'Nattpersonalen följer fortfarande den gamla rutinen.' }),
    });
  }
}

async function reasons(w: World, id: string, userId: string, type: string, data: unknown): Promise<string> {
  const r = await w.attempt(id, userId, type, data);
  expect(r.ok, type).toBe(false);
  return r.ok ? '' : r.rejection.message;
}

describe('closing needs real åtgärder (issue 11, item 2)', () => {
  it(
    'refuses to follow up or close a missförhållande without any åtgärd, unless the förvaltningschef motivated that none is ' + 'needed',
    async () => {
      const w = await createWorld();
      const id = await decided(w, BESLUT, []);
      expect(await reasons(w, id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'))).toContain(
        'Beslutet gäller ett missförhållande eller en påtaglig risk, men ärendet har ingen åtgärd.',
      );
      await w.step(id, 'user:erik', 'atgard.lagg_till', example('atgard-lagg-till'));
      await doneAndVerified(w, id);
      await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'));
      await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));

      const motivated = await decided(
        w,
        { ...BESLUT, ingaAtgarder: true, ingaAtgarderMotivering: 'Schemasystemet är redan utbytt och felet kan inte uppstå igen.' },
        [],
      );
      await w.step(motivated, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'));
      await w.step(motivated, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
      expect((await w.engine.get(motivated))!.status).toBe('closed');
    },
  );

  it('needs no åtgärd when the beslut says it was not a missförhållande', async () => {
    const w = await createWorld();
    const id = await decided(w, { klassificering: 'inte_missforhallande', allvarligt: false }, []);
    await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'));
    await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
  });

  it("follows an åtgärd verified without effect by a new åtgärd, or by the SAS's documented decision", async () => {
    const w = await createWorld();
    const id = await decided(w, BESLUT, [example('atgard-lagg-till').atgard]);
    await doneAndVerified(w, id, 'ingen_effekt');
    const vad = (await w.engine.get(id))!.snapshot.context.atgarder[0]!.vad;
    expect(
      await reasons(w, id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2', { ingenEffektBeslut: undefined })),
    ).toContain(`Åtgärden "${vad}" har inte fått någon effekt. Lägg till en ny åtgärd, eller dokumentera i uppföljningen`);
    await w.step(
      id,
      'user:erik',
      'atgard.lagg_till',
      example('atgard-lagg-till', {
        atgard: { ...(example('atgard-lagg-till').atgard as object), vad: 'Utbilda nattpersonalen i den nya rutinen.' },
      }),
    );
    await doneAndVerified(w, id);
    await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'));

    const decidedOtherwise = await decided(w, BESLUT, [example('atgard-lagg-till').atgard]);
    await doneAndVerified(w, decidedOtherwise, 'ingen_effekt');
    await w.step(
      decidedOtherwise,
      'user:sara',
      'uppfoljning.submit',
      example('lex-sarah-uppfoljning-2', { ingenEffektBeslut: 'Rutinen ändras centralt i förvaltningen; en ny lokal åtgärd behövs inte.' }),
    );
    await w.step(decidedOtherwise, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
  });
});

describe('jäv on every judging and verifying step (issue 11, item 3)', () => {
  it('keeps a SAS who reported from preparing the anmälan, verifying åtgärder and closing', async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:sara');
    await w.step(
      id,
      'user:sara',
      'rapport.submit',
      example('lex-sarah-rapport-2', { rapportor: { namn: 'Sara Nyberg', befattning: 'SAS', anvandarId: 'user:sara' } }),
    );
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sofia', 'registrering.submit', example('lex-sarah-registrering'));
    await w.step(id, 'user:sofia', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    expect(await reasons(w, id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo'))).toContain('(jäv)');
    await w.step(id, 'user:sofia', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo'));
    await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande'));
    await w.step(id, 'user:sofia', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: today(w) }));
    await w.step(id, 'user:sofia', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(id, 'user:sofia', 'bedomning.submit', example('lex-sarah-bedomning', { ...BESLUT, allvarligt: true }));
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut-2', { ...BESLUT, allvarligt: true }));
    await w.step(id, 'user:sofia', 'komplettering.submit', example('lex-sarah-komplettering'));
    await w.step(id, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
    const [a] = (await w.engine.get(id))!.snapshot.context.atgarder;
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: a!.id }));
    expect(await reasons(w, id, 'user:sara', 'atgard.verifiera', example('atgard-verifiera', { atgardId: a!.id }))).toContain('(jäv)');
    for (const b of (await w.engine.get(id))!.snapshot.context.atgarder.filter((x) => x.status === 'planerad'))
      await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: b.id }));
    for (const b of (await w.engine.get(id))!.snapshot.context.atgarder.filter((x) => x.status === 'genomford'))
      await w.step(id, 'user:sofia', 'atgard.verifiera', example('atgard-verifiera', { atgardId: b.id }));
    await w.step(id, 'user:sofia', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'));
    expect(await reasons(w, id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'))).toContain('(jäv)');
    await w.step(id, 'user:sofia', 'avslut.submit', example('lex-sarah-avslut'));
  });

  it("matches inblandade named in the rapport to the organisation's users, and leaves unknown names as written", async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
    const r = await w.step(
      id,
      'user:anna',
      'rapport.submit',
      example('lex-sarah-rapport-2', { inblandade: [{ namn: '  sofia   ÅBERG ' }, { namn: 'Kim Vikarie' }] }),
    );
    expect((r.event.stepData as { inblandade: unknown[] }).inblandade).toEqual([
      { namn: '  sofia   ÅBERG ', anvandarId: 'user:sofia' },
      { namn: 'Kim Vikarie' },
    ]);
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
    expect(await reasons(w, id, 'user:sofia', 'utredning.submit', example('lex-sarah-utredning'))).toContain('(jäv)');
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
  });

  it('matches named inblandade when the rapport opens the ärende (Ny rapport), and a resent rapport is still the same one', async () => {
    const w = await createWorld();
    const data = example('lex-sarah-rapport-2', { inblandade: [{ namn: 'Sofia Åberg' }] });
    const arendeId = 'arende:00000000-0000-4000-8000-000000000042';
    const first = await w.engine.report('lex-sarah', 'enhet:solgarden', data, 'user:anna', { arendeId });
    expect(first.ok && (first.event.stepData as { inblandade: unknown[] }).inblandade).toEqual([
      { namn: 'Sofia Åberg', anvandarId: 'user:sofia' },
    ]);
    expect((await w.engine.get(arendeId))!.snapshot.context.jav).toContain('user:sofia');
    const again = await w.engine.report('lex-sarah', 'enhet:solgarden', data, 'user:anna', { arendeId });
    expect(again.ok && again.event.id).toBe(first.ok && first.event.id);
  });

  it("carries the avvikelse's rapportör and inblandade over to the lex Sarah ärende it is escalated to", async () => {
    const w = await createWorld();
    const avv = await w.open('avvikelse', 'enhet:solgarden', 'user:sara');
    await w.step(avv, 'user:sara', 'rapport.submit', example('avvikelse-rapport', { inblandade: [{ namn: 'Anna Berg' }] }));
    await w.step(avv, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 2, vag: 'lex_sarah' }));
    const linked = (
      await w.step(
        avv,
        'user:erik',
        'eskalering.submit',
        example('avvikelse-eskalering', { rapportor: { namn: 'Sara Nyberg', befattning: 'SAS', anvandarId: 'user:sara' } }),
      )
    ).linked!.arendeId;
    expect((await w.engine.get(linked))!.snapshot.context.jav.sort()).toEqual(['user:anna', 'user:sara']);
    await w.step(
      linked,
      'user:erik',
      'rapport.submit',
      example('lex-sarah-rapport-2', { rapportor: { namn: 'Erik Holm', befattning: 'Enhetschef', anvandarId: 'user:erik' } }),
    );
    await w.step(linked, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(linked, 'user:sofia', 'registrering.submit', example('lex-sarah-registrering'));
    expect(await reasons(w, linked, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'))).toContain('(jäv)');
    await w.step(linked, 'user:sofia', 'utredning.submit', example('lex-sarah-utredning'));
  });
});

describe('an early "allvarligt" that the beslut contradicts (issue 11, item 4)', () => {
  it('after an anmälan was sent, needs a documented komplettering or återkallelse before closing', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    await w.step(id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo'));
    await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande'));
    await w.step(id, 'user:sara', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: today(w) }));
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(id, 'user:sara', 'bedomning.submit', example('lex-sarah-bedomning', BESLUT));
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut-2', BESLUT));
    await w.step(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering'));
    await w.step(id, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
    await doneAndVerified(w, id);
    await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'));
    expect(await reasons(w, id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'))).toContain(
      'Anmälan har skickats till IVO, men beslutet säger att det inte är ett allvarligt missförhållande. Dokumentera vad IVO har fått veta',
    );
    await w.step(id, 'user:sara', 'ivo.besked', example('lex-sarah-ivo-besked', { typ: 'ej_skickad', datum: today(w) }));
    expect(await reasons(w, id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'))).toContain(
      'beskedet till IVO måste vara en komplettering eller en återkallelse',
    );
    await w.step(id, 'user:sara', 'ivo.besked', example('lex-sarah-ivo-besked', { datum: today(w) }));
    await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
  });

  it('when the track was opened but nothing sent, ends the IVO track with the beslut and records that no anmälan went', async () => {
    const w = await createWorld();
    const id = await lexSarahUntil(w, 'utredning');
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
    await w.step(id, 'user:sara', 'bedomning.submit', example('lex-sarah-bedomning', BESLUT));
    await w.step(id, 'user:fredrik', 'beslut.submit', example('lex-sarah-beslut-2', BESLUT));
    expect((await w.engine.get(id))!.snapshot.value).toMatchObject({ handlaggning: { ivospar: 'ej_anmald' } });
    await w.step(id, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
    await doneAndVerified(w, id);
    await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning-2'));
    expect(await reasons(w, id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'))).toContain(
      'Anmälan till IVO påbörjades, men beslutet säger',
    );
    await w.step(id, 'user:sara', 'ivo.besked', example('lex-sarah-ivo-besked', { typ: 'ej_skickad', datum: today(w) }));
    await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
  });
});

describe('who may report (issue 11, item 9)', () => {
  it("lets a SAS register an oral rapport on a medarbetare's behalf without becoming jävig for receiving it", async () => {
    const w = await createWorld();
    const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:sara');
    await w.step(
      id,
      'user:sara',
      'rapport.submit',
      example('lex-sarah-rapport-2', {
        rapportor: { namn: 'Anna Berg', befattning: 'Undersköterska' },
        muntligRapport: true,
        mottagenAv: { namn: 'Sara Nyberg', titel: 'SAS' },
      }),
    );
    expect((await w.engine.get(id))!.snapshot.context.jav).toEqual(['user:anna']);
    await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
    await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
    await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
  });
});

describe('the verifier keeps these rules (issue 11, items 2–4)', () => {
  it('refuses a lex Sarah version that drops them', () => {
    const env = { catalog: catalog(), validator };
    const shipped = shippedDefinition('lex-sarah');
    const avslutGuards = (d: ProcessDefinition) =>
      (d.machine.states['avslut']!.on!['avslut.submit'] as unknown as { guard: { params: { guards: { type: string }[] } } }).guard.params
        .guards;
    const without = (type: string) => {
      const d = structuredClone(shipped);
      const guards = avslutGuards(d);
      guards.splice(
        guards.findIndex((g) => g.type === type),
        1,
      );
      return verifyDefinition(d, env).violations.map((v) => headlineOf(v.message));
    };
    expect(without('hasRealAtgarder')).toContain('Steget "Avslut" saknar ett lagstadgat villkor: hasRealAtgarder.');
    expect(without('hasIvoBeskedIfContradicted')).toContain('Steget "Avslut" saknar ett lagstadgat villkor: hasIvoBeskedIfContradicted.');
    expect(without('isIndependent')).toContain('Steget "Avslut" måste spärras för rapportören och inblandade personer (jäv).');
    const verify = JSON.parse(
      JSON.stringify(shipped).replace(
        '"atgardHasStatus","params":{"status":["genomford"]}},{"type":"isIndependent"}',
        '"atgardHasStatus","params":{"status":["genomford"]}}',
      ),
    ) as ProcessDefinition;
    expect(verifyDefinition(verify, env).violations.map((v) => headlineOf(v.message))).toContain(
      '"Verifiera åtgärd" måste spärras för rapportören och inblandade personer (jäv).',
    );
  });
});
