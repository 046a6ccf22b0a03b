import { me, step, today } from '../defaultRules';
import type { ArendeContext } from '../../engine/model/ArendeContext';
import type { DefaultRule } from '../../engine/model/StepDefaultRule';
import { present, stepValues } from '../prefill';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import { skeleton } from './skeleton';

const PLANNED: DefaultRule = { firstOf: [step('planering.omplanera', 'genomforasSenast'), step('planering.submit', 'genomforasSenast')] };
/** Months between occasions per frekvens; a one-off check gets no suggested date. */
const MONTHS: DefaultRule = { lookup: step('planering.submit', 'frekvens'), values: { manad: '1', kvartal: '3', halvar: '6', ar: '12' } };
const PLAN_FIELDS = ['rubrik', 'kontroll', 'syfte', 'frekvens', 'planeradMetod'] as const;

/** The description of the genomförande's finding (avvikelse) with this number. */
function findingOf(context: ArendeContext, nr: unknown): unknown {
  const rows = stepValues(context, 'genomforande.submit')?.avvikelser;
  const row = Array.isArray(rows) ? (rows as { nr?: unknown; beskrivning?: unknown }[]).find((r) => r.nr === nr) : undefined;
  return row?.beskrivning;
}

/** How the lex Sarah rapport words where the händelse became known: "Vid egenkontrollen "Journalgranskning" 2026-03-10." */
function upptacktHur(context: ArendeContext): string | undefined {
  const rubrik = stepValues(context, 'planering.submit')?.rubrik;
  const datum = stepValues(context, 'genomforande.submit')?.genomfordDatum;
  if (typeof rubrik !== 'string') return undefined;
  return `Vid egenkontrollen "${rubrik}"${typeof datum === 'string' ? ` som genomfördes ${datum}` : ''}.`;
}

export const egenkontroll = {
  type: 'egenkontroll',
  reportLabel: 'Egenkontroller',
  counted: true,
  skeleton,
  // An egenkontroll belongs to the year (and period) of the plan it is due in, not the day it was entered.
  handelseField: 'genomforasSenast',
  nyRapport: {
    title: 'Planera egenkontroll',
    when:
      'Lägg in ett tillfälle i årets plan för egenkontroller: vad som ska kontrolleras, hur ofta, vem som ansvarar och senast ' +
      'när. Kontrollen, dess avvikelser och åtgärder dokumenteras sedan i samma ärende.',
    role: 'enhetschef',
  },
  rubrik: { event: 'planering.submit', path: 'rubrik' },
  opens: [
    {
      // The plan's next occasion of the same check: its own ärende (its own deadline and åtgärder), linked both ways.
      rel: 'nasta_tillfalle',
      back: 'foregaende_tillfalle',
      processType: 'egenkontroll',
      noun: 'nästa tillfälle av egenkontrollen',
      asRole: 'enhetschef',
      title: 'Nästa tillfälle',
      backTitle: 'Föregående tillfälle',
      prefill(context, data) {
        const plan = stepValues(context, 'planering.submit') ?? {};
        const next = (data ?? {}) as { genomforasSenast?: unknown; ansvarig?: unknown };
        const date = typeof next.genomforasSenast === 'string' ? next.genomforasSenast : undefined;
        return {
          ...Object.assign({}, ...PLAN_FIELDS.map((key) => present(key, plan[key]))),
          ...present('ar', date ? Number(date.slice(0, 4)) : undefined),
          ...present('genomforasSenast', date),
          ...present('ansvarig', next.ansvarig ?? plan.ansvarig),
        };
      },
    },
    {
      // A finding that may be a missförhållande goes to lex Sarah as the avvikelse's and the synpunkt's do, linked both ways.
      rel: 'eskalerad_till',
      back: 'eskalerad_fran_egenkontroll',
      processType: 'lex-sarah',
      noun: 'ett lex Sarah-ärende',
      asRole: 'enhetschef',
      title: 'Eskalerat till lex Sarah-ärende',
      backTitle: 'Eskalerat från egenkontroll',
      prefill(context, data) {
        const eskalering = (data ?? {}) as { sammanfattning?: unknown; rapportor?: unknown; avvikelseNr?: unknown };
        return {
          ...present('handelse', eskalering.sammanfattning ?? findingOf(context, eskalering.avvikelseNr)),
          ...present('upptacktHur', upptacktHur(context)),
          ...present('rapportor', eskalering.rapportor),
        };
      },
    },
  ],
  kategori: { event: 'planering.submit', path: 'kontroll' },
  reportSections: {
    plannedVsPerformed: {
      title: 'Egenkontroller: planerade och genomförda',
      groupTitle: 'Kontroll',
      planned: { event: 'planering.submit', path: 'genomforasSenast', updatedBy: 'planering.omplanera' },
      performed: { event: 'genomforande.submit', path: 'genomfordDatum' },
      findings: { event: 'genomforande.submit', path: 'avvikelserHittades' },
    },
  },
  // The plan's method is where the genomförande starts; the one who plans is the first suggestion for ansvarig.
  stepDefaults: {
    'egenkontroll-planering': { ansvarig: me },
    'egenkontroll-genomforande': { genomfordDatum: today, metod: step('planering.submit', 'planeradMetod') },
    // The first finding and the one escalating (as rapportör) are offered; she chooses the finding and words it.
    'egenkontroll-eskalering': {
      avvikelseNr: step('genomforande.submit', 'avvikelser.0.nr'),
      sammanfattning: step('genomforande.submit', 'avvikelser.0.beskrivning'),
      rapportor: { fields: { namn: { person: 'namn' }, befattning: { person: 'titel' } } },
    },
    'egenkontroll-avslut': { avslutsanteckning: { summary: 'arende' }, datum: today },
    // The next occasion one period after this one's planned (or re-planned) date, with the same ansvarig.
    'egenkontroll-nasta': {
      genomforasSenast: { addMonths: PLANNED, months: MONTHS },
      ansvarig: { fields: { namn: step('planering.submit', 'ansvarig.namn'), titel: step('planering.submit', 'ansvarig.titel') } },
    },
  },
  newItemDefaults: { 'egenkontroll-genomforande': { atgarder: { ansvarig: me } } },
  documents: [{ id: 'egenkontroll', title: 'Egenkontroll', linkText: 'Egenkontroll (utskrift)', after: 'planering.submit' }],
} as const satisfies ProcessPack;
