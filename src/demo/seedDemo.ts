import { fixedClock } from '../adapters/system/systemClock';
import { createEngine, stockholmDate } from '../engine/index';
import type { EngineDeps, ProcessType } from '../engine/index';
type SeedDeps = Omit<EngineDeps, 'clock'> & { now: string };

const DAY = 86_400_000;

/** The demo people who send lex Sarah rapporter, as the rapport names them. */
const REPORTERS = {
  anna: { rapportor: { namn: 'Anna Berg', befattning: 'Undersköterska', anvandarId: 'user:anna' } },
  erik: { rapportor: { namn: 'Erik Holm', befattning: 'Enhetschef', anvandarId: 'user:erik' } },
};

/**
 * Seeds the demo: a dozen ärenden in different states, made through the engine itself (so every
 * seeded event passed the same rules), dated over the last weeks so deadlines look real.
 */
export async function seedDemo(deps: SeedDeps, definitions: readonly unknown[]): Promise<number> {
  // ~65 steps 14 h apart fit in the 40 days; no seeded event may lie after `now` (imports refuse it).
  const clock = fixedClock(new Date(new Date(deps.now).getTime() - 40 * DAY).toISOString());
  const end = new Date(deps.now).getTime();
  const engine = createEngine({ ...deps, clock });
  await engine.loadDefinitions(definitions);
  const ex = (form: string, patch: Record<string, unknown> = {}, i = 0) => ({
    ...(structuredClone(deps.catalog.forms[form]?.examples?.valid[i] ?? {}) as Record<string, unknown>),
    ...patch,
  });
  const open = async (type: ProcessType, enhet: string, user: string) => {
    const r = await engine.open(type, enhet, user);
    if (!r.ok) throw new Error(`Demodata: ${r.rejection.message}`);
    return r.state.arendeId;
  };
  const step = async (id: string, user: string, type: string, data: unknown, hours = 14) => {
    clock.advance(hours * 3_600_000);
    if (new Date(clock.now()).getTime() > end) throw new Error('Demodata: fler steg än dagarna räcker till (händelser efter nu).');
    const r = await engine.submit(id, { type, data }, user);
    if (!r.ok) throw new Error(`Demodata ${type}: ${r.rejection.message}`);
    return r;
  };
  // Reports count by händelsedatum: the examples' fixed dates would leave the demo's own year empty.
  const happenedNow = () => ({ at: clock.now(), date: stockholmDate(clock.now())! });
  const atgarder = async (id: string) => (await engine.get(id))!.snapshot.context.atgarder;
  let count = 0;

  const lexSarah = async (enhet: string, until: number, opts: { allvarligt?: boolean } = {}) => {
    count++;
    const reporter = enhet === 'enhet:solgarden' ? REPORTERS.anna : REPORTERS.erik;
    const id = await open('lex-sarah', enhet, reporter.rapportor.anvandarId);
    // The rapportör is whoever sends it; an oral rapport (every other one) names her as its receiver.
    const oral = count % 2 === 1;
    const who = oral
      ? { mottagenAv: { namn: reporter.rapportor.namn, titel: reporter.rapportor.befattning } }
      : { rapportor: reporter.rapportor };
    const plan: [string, string, unknown][] = [
      [
        'rapport.submit',
        reporter.rapportor.anvandarId,
        ex('lex-sarah-rapport-2', { handelseTidpunkt: happenedNow().at, upptacktTidpunkt: happenedNow().at, ...who }, count % 2),
      ],
      ['omedelbara_atgarder.submit', 'user:erik', ex('lex-sarah-omedelbara-atgarder')],
      ['registrering.submit', 'user:sara', ex('lex-sarah-registrering')],
      ['utredning.submit', 'user:sara', ex('lex-sarah-utredning')],
      [
        'bedomning.submit',
        'user:sara',
        ex('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: opts.allvarligt ?? false }),
      ],
      [
        'beslut.submit',
        'user:fredrik',
        ex('lex-sarah-beslut', { klassificering: 'missforhallande', allvarligt: opts.allvarligt ?? false }),
      ],
    ];
    for (const [type, user, data] of plan.slice(0, until)) await step(id, user, type, data);
    return id;
  };

  // Egenkontroller in this year's plan at Lärkan and Ekbacken, an hour apart (the weeks below are spent on the others):
  // one performed with a deviation whose åtgärd is verified, one overdue, one planned for later in the year.
  const day = (offset: number) => new Date(new Date(clock.now()).getTime() + offset * DAY).toISOString().slice(0, 10);
  const planned = async (enhet: string, kontroll: string, rubrik: string, syfte: string, due: string) => {
    count++;
    const id = await open('egenkontroll', enhet, 'user:lina');
    const year = Number(due.slice(0, 4));
    await step(
      id,
      'user:lina',
      'planering.submit',
      ex('egenkontroll-planering', { kontroll, rubrik, syfte, ar: year, genomforasSenast: due }, 1),
      1,
    );
    return id;
  };
  const checked = await planned(
    'enhet:larkan',
    'lakemedelshantering',
    'Kontroll av läkemedelsskåp och signeringslistor',
    'Se att läkemedel förvaras och signeras enligt rutinen.',
    day(3),
  );
  await step(
    checked,
    'user:lina',
    'genomforande.submit',
    ex('egenkontroll-genomforande', { genomfordDatum: day(0), urval: 'Signeringslistorna för fem boende under två veckor' }),
    1,
  );
  for (const a of await atgarder(checked)) {
    await step(checked, 'user:lina', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: a.id, genomfordDatum: day(0) }), 1);
    await step(checked, 'user:lina', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: a.id, verifieradDatum: day(0) }), 1);
  }
  await step(checked, 'user:lina', 'avslut.submit', ex('egenkontroll-avslut', { datum: day(0) }), 1);
  await planned(
    'enhet:larkan',
    'hygien',
    'Observation av basala hygienrutiner',
    'Se att personalen följer de basala hygienrutinerna vid omvårdnad.',
    day(10),
  );
  await planned(
    'enhet:ekbacken',
    'rutinefterlevnad',
    'Efterlevnad av rutinen för dokumentation av insatser',
    'Se att insatserna dokumenteras i social journal enligt rutinen.',
    `${new Date(deps.now).toISOString().slice(0, 4)}-12-31`,
  );

  // A riskanalys planned to start 5 days after the seed began and never approved: its start has passed,
  // so the enhetschef must re-plan it (or the verksamhetschef stop it) before it can be approved.
  count++;
  const passed = await open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
  const soon = new Date(new Date(clock.now()).getTime() + 5 * DAY).toISOString().slice(0, 10);
  await step(
    passed,
    'user:erik',
    'beskrivning.submit',
    ex('riskanalys-beskrivning', { planeradStart: soon, forandring: 'Nattpatrullerna i Hemtjänst Norr slås ihop till en patrull.' }),
    2,
  );
  for (const key of ['deltagare', 'identifiera', 'vardera', 'handlingsplan'])
    await step(passed, 'user:erik', `${key}.submit`, ex(`riskanalys-${key}`), 2);
  await step(passed, 'user:olle', 'skyddsombud.submit', ex('riskanalys-skyddsombud'), 2);

  // lex Sarah in different states.
  await lexSarah('enhet:solgarden', 1); // waits for omedelbara åtgärder
  await lexSarah('enhet:hemtjanst-norr', 3); // in utredning
  const ivo = await lexSarah('enhet:solgarden', 6, { allvarligt: true });
  await step(ivo, 'user:sara', 'anmalan_ivo.submit', ex('lex-sarah-anmalan-ivo', { utredningBifogas: false }));
  const followUp = await lexSarah('enhet:solgarden', 6);
  await step(followUp, 'user:erik', 'atgarder.submit', ex('lex-sarah-atgarder'));
  const [first, second] = await atgarder(followUp);
  await step(followUp, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: first!.id }));
  await step(followUp, 'user:sara', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: first!.id }));
  await step(followUp, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: second!.id }));
  const closed = await lexSarah('enhet:hemtjanst-norr', 6);
  await step(closed, 'user:erik', 'atgarder.submit', ex('lex-sarah-atgarder'));
  for (const a of await atgarder(closed)) {
    await step(closed, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: a.id }));
    await step(closed, 'user:sara', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: a.id }));
  }
  await step(closed, 'user:sara', 'uppfoljning.submit', ex('lex-sarah-uppfoljning'));
  await step(closed, 'user:sara', 'avslut.submit', ex('lex-sarah-avslut'));

  // Avvikelser.
  const avvikelse = async (enhet: string, reporter: string, chef: string, until: number, vag = 'lokal') => {
    count++;
    const id = await open('avvikelse', enhet, reporter);
    const plan: [string, string, unknown][] = [
      [
        'rapport.submit',
        reporter,
        ex('avvikelse-rapport', { handelseDatum: happenedNow().date, upptacktDatum: happenedNow().date }, count % 2),
      ],
      ['bedomning.submit', chef, ex('avvikelse-bedomning', { vag })],
      ['analys.submit', chef, ex('avvikelse-analys')],
      ['atgarder.submit', chef, ex('avvikelse-atgard')],
    ];
    for (const [type, user, data] of plan.slice(0, until)) await step(id, user, type, data);
    return id;
  };
  await avvikelse('enhet:larkan', 'user:maja', 'user:lina', 1); // waits for bedömning
  await avvikelse('enhet:solgarden', 'user:anna', 'user:erik', 2); // in analys
  await avvikelse('enhet:hemtjanst-norr', 'user:erik', 'user:erik', 1); // reported by the chef himself: he may not assess it (jäv)
  const avvFollowUp = await avvikelse('enhet:solgarden', 'user:anna', 'user:erik', 4);
  await step(avvFollowUp, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: (await atgarder(avvFollowUp))[0]!.id }));
  const avvClosed = await avvikelse('enhet:solgarden', 'user:anna', 'user:erik', 4);
  for (const a of await atgarder(avvClosed)) {
    await step(avvClosed, 'user:erik', 'atgard.rapportera', ex('atgard-rapportera', { atgardId: a.id }));
    await step(avvClosed, 'user:erik', 'atgard.verifiera', ex('atgard-verifiera', { atgardId: a.id }));
  }
  await step(avvClosed, 'user:erik', 'uppfoljning.submit', ex('avvikelse-uppfoljning'));
  await step(avvClosed, 'user:erik', 'avslut.submit', ex('avvikelse-avslut'));
  const escalated = await avvikelse('enhet:larkan', 'user:maja', 'user:lina', 1);
  await step(escalated, 'user:lina', 'bedomning.submit', ex('avvikelse-bedomning', { konsekvens: 4, sannolikhet: 2, vag: 'lex_sarah' }));
  // The lex Sarah rapportör is the avvikelse's own reporter (Maja, who sent it).
  await step(
    escalated,
    'user:lina',
    'eskalering.submit',
    ex('avvikelse-eskalering', { rapportor: { namn: 'Maja Lind', befattning: 'Stödassistent', anvandarId: 'user:maja' } }),
  );
  // A läkemedel event handed to the MAS: her lex Maria-bedömning waits in her inbox.
  count++;
  const lakemedel = await open('avvikelse', 'enhet:solgarden', 'user:anna');
  await step(
    lakemedel,
    'user:anna',
    'rapport.submit',
    ex('avvikelse-rapport-2', {
      handelseDatum: happenedNow().date,
      upptacktDatum: happenedNow().date,
      lagrum: 'hsl',
      kategori: 'lakemedel',
      handelse: 'Den enskilde fick kvällsdosen av sina blodförtunnande läkemedel två gånger. Dosen signerades inte vid första tillfället.',
      konsekvens: 'Sjuksköterskan kontrollerade den enskilde under natten. Inga blödningar har upptäckts.',
      omedelbarAtgard: 'Sjuksköterskan och läkaren kontaktades direkt.',
    }),
    4,
  );
  await step(lakemedel, 'user:erik', 'bedomning.submit', ex('avvikelse-bedomning', { konsekvens: 3, sannolikhet: 2, vag: 'mas' }), 4);
  await step(
    lakemedel,
    'user:erik',
    'overlamning.submit',
    ex('avvikelse-overlamning-mas', {
      sammanfattning: 'Dubbel kvällsdos av blodförtunnande läkemedel; dosen signerades inte första gången. Ingen blödning har upptäckts.',
    }),
    4,
  );

  // Riskanalyser.
  count++;
  const risk = await open('riskanalys', 'enhet:hemtjanst-norr', 'user:erik');
  const start = new Date(new Date(deps.now).getTime() + 30 * DAY).toISOString().slice(0, 10);
  await step(risk, 'user:erik', 'beskrivning.submit', ex('riskanalys-beskrivning', { planeradStart: start }));
  await step(risk, 'user:erik', 'deltagare.submit', ex('riskanalys-deltagare'));
  await step(risk, 'user:erik', 'identifiera.submit', ex('riskanalys-identifiera'));
  await step(risk, 'user:erik', 'vardera.submit', ex('riskanalys-vardera'));
  await step(risk, 'user:erik', 'handlingsplan.submit', ex('riskanalys-handlingsplan'));
  count++;
  const risk2 = await open('riskanalys', 'enhet:solgarden', 'user:erik');
  await step(risk2, 'user:erik', 'beskrivning.submit', ex('riskanalys-beskrivning', { planeradStart: start }));
  return (await deps.store.summaries()).length;
}
