import { me, step, today } from '../defaultRules';
import type { ArendeContext } from '../../engine/model/ArendeContext';
import { present, stepValues } from '../prefill';
import type { StepValues as Data } from '../prefill';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import { skeleton } from './skeleton';

const inkommenOf = (context: ArendeContext) => stepValues(context, 'inkommen.submit');

const NOUNS: Readonly<Record<string, string>> = {
  synpunkt: 'en synpunkt',
  klagomal: 'ett klagomål',
  berom: 'ett beröm',
  forslag: 'ett förslag',
};
const VIA: Readonly<Record<string, string>> = {
  muntligt: 'muntligt',
  telefon: 'per telefon',
  brev: 'per brev',
  epost: 'per e-post',
  webbformular: 'via webbformuläret',
};

/** How the lex Sarah rapport words where the händelse became known: "Genom ett klagomål som kom in 2026-03-10 per telefon." */
function upptacktHur(inkommen: Data | undefined): string | undefined {
  if (!inkommen) return undefined;
  const noun = NOUNS[String(inkommen.typ)] ?? 'en synpunkt';
  const when = typeof inkommen.inkomDatum === 'string' ? ` som kom in ${inkommen.inkomDatum}` : '';
  const via = VIA[String(inkommen.kanal)];
  return `Genom ${noun}${when}${via ? ` ${via}` : ''}.`;
}

export const synpunkter = {
  type: 'synpunkter',
  reportLabel: 'Synpunkter och klagomål',
  counted: true,
  skeleton,
  // The year a synpunkt belongs to is the year it came in.
  handelseField: 'inkomDatum',
  opens: [
    {
      // Where the link goes and what it is called are the avvikelse's; the back link says it came from a synpunkt.
      rel: 'eskalerad_till',
      back: 'eskalerad_fran_synpunkt',
      processType: 'lex-sarah',
      noun: 'ett lex Sarah-ärende',
      asRole: 'enhetschef',
      title: 'Eskalerat till lex Sarah-ärende',
      backTitle: 'Eskalerat från synpunkt/klagomål',
      prefill(context, data) {
        const inkommen = inkommenOf(context);
        const eskalering = (data ?? {}) as Data;
        return {
          ...present('handelse', eskalering.sammanfattning ?? inkommen?.beskrivning),
          ...present('upptacktHur', upptacktHur(inkommen)),
          ...present('enskildReferens', inkommen?.enskildReferens),
          ...present('rapportor', eskalering.rapportor),
          // The staff the klagomål is about are the lex Sarah ärende's inblandade (jäv).
          ...present('inblandade', inkommen?.berordPersonal),
          ...(typeof eskalering.konsekvens === 'string' ? { konsekvens: { beskrivning: eskalering.konsekvens } } : {}),
        };
      },
    },
    {
      rel: 'overlamnad_till',
      back: 'overlamnad_fran_synpunkt',
      processType: 'lex-maria',
      noun: 'en lex Maria-bedömning för MAS',
      asRole: 'enhetschef',
      title: 'Överlämnat till MAS, lex Maria-bedömning',
      backTitle: 'Överlämnat från synpunkt/klagomål',
      prefill(context, data) {
        const inkommen = inkommenOf(context);
        const overlamning = (data ?? {}) as Data;
        return {
          ...present('handelse', overlamning.sammanfattning ?? inkommen?.beskrivning),
          ...present('enskildReferens', inkommen?.enskildReferens),
          ...present('enhetensMotivering', overlamning.motivering),
        };
      },
    },
  ],
  nyRapport: {
    title: 'Synpunkt eller klagomål',
    when:
      'Någon – den enskilde, en närstående, en kollega eller någon anonym – har lämnat en synpunkt, ett klagomål, ett beröm eller ' +
      'ett förslag om verksamheten. För in det här, även när det lämnades muntligt eller per telefon.',
    role: 'medarbetare',
  },
  rubrik: { event: 'inkommen.submit', path: 'beskrivning' },
  kategori: { event: 'registrering.submit', path: 'kategori' },
  reportSections: {
    perKategori: { title: 'Synpunkter och klagomål per kategori' },
    perVerksamhet: { title: 'Synpunkter och klagomål per verksamhet' },
  },
  publicIntake: {
    title: 'Lämna en synpunkt eller ett klagomål',
    intro:
      'Här kan du lämna en synpunkt, ett klagomål, ett beröm eller ett förslag om vår verksamhet. Alla får skriva, och du kan ' +
      'vara anonym om du vill. Skriv inte personnummer. Enhetschefen läser det du skriver och tar hand om det. Om du vill ha ' +
      'svar hör vi av oss, i regel inom två veckor.',
    form: 'synpunkter-webb',
    // The enhet's chef, or the SAS as the förvaltning's central function.
    registeredBy: ['enhetschef', 'sas'],
    // The one who registers only received it: not jävig for the registrering and utredning that follow.
    firstStep: (data, receivedDate) => ({ ...data, inkomDatum: receivedDate, kanal: 'webbformular', mottagenFranAnnan: true }),
  },
  stepDefaults: {
    'synpunkter-inkommen': { inkomDatum: today },
    // What came in is offered when it goes on to lex Sarah or the MAS; the answer the way the person asked for it.
    'synpunkter-eskalering': { sammanfattning: step('inkommen.submit', 'beskrivning') },
    'synpunkter-overlamning-mas': { sammanfattning: step('inkommen.submit', 'beskrivning') },
    'synpunkter-aterkoppling': { datum: today, satt: step('inkommen.submit', 'svarSatt') },
    'synpunkter-avslut': { avslutsanteckning: { summary: 'arende' }, datum: today },
  },
  newItemDefaults: { 'synpunkter-utredning': { atgarder: { ansvarig: me } } },
  documents: [{ id: 'synpunkt', title: 'Synpunkt/klagomål', linkText: 'Synpunkt/klagomål (utskrift)', after: 'inkommen.submit' }],
  // The MAS reads the synpunkter handed over to her, with who reported, not the rest.
  grants: [{ role: 'mas', linkRel: 'overlamnad_till', rapportor: true }],
} as const satisfies ProcessPack;
