import { me, step, today } from '../defaultRules';
import type { ArendeContext } from '../../engine/model/ArendeContext';
import type { DefaultRule } from '../../engine/model/StepDefaultRule';
import { present, stepValues } from '../prefill';
import type { StepValues as Data } from '../prefill';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import { skeleton } from './skeleton';

const rapportOf = (context: ArendeContext) => stepValues(context, 'rapport.submit');
/** The avvikelse's rapport (its konsekvens is plain text) as one summary. */
const avvikelseText: DefaultRule = { join: [step('rapport.submit', 'handelse'), step('rapport.submit', 'konsekvens')] };

export const avvikelse = {
  type: 'avvikelse',
  reportLabel: 'Avvikelser',
  counted: true,
  skeleton,
  handelseField: 'handelseDatum',
  reportSections: {
    perKategori: { title: 'Avvikelser per kategori', ovrigt: { title: 'Avvikelser i Övrigt – vad gällde de?' } },
    perEnhet: { title: 'Avvikelser per enhet' },
  },
  opens: [
    {
      rel: 'eskalerad_till',
      back: 'eskalerad_fran',
      processType: 'lex-sarah',
      noun: 'ett lex Sarah-ärende',
      asRole: 'enhetschef',
      title: 'Eskalerat till lex Sarah-ärende',
      backTitle: 'Eskalerat från avvikelse',
      prefill(context, data) {
        const rapport = rapportOf(context);
        const eskalering = (data ?? {}) as Data;
        return {
          handelse: eskalering.sammanfattning ?? rapport?.handelse,
          ...present('enskildReferens', rapport?.enskildReferens),
          ...present('rapportor', eskalering.rapportor),
          ...present('inblandade', rapport?.inblandade),
          konsekvens: { beskrivning: rapport?.konsekvens },
        };
      },
    },
    {
      rel: 'overlamnad_till',
      back: 'overlamnad_fran',
      processType: 'lex-maria',
      noun: 'en lex Maria-bedömning för MAS',
      asRole: 'enhetschef',
      title: 'Överlämnat till MAS, lex Maria-bedömning',
      backTitle: 'Överlämnat från avvikelse',
      prefill(context, data) {
        const rapport = rapportOf(context);
        const overlamning = (data ?? {}) as Data;
        return {
          ...present('handelse', overlamning.sammanfattning ?? rapport?.handelse),
          ...present('handelseDatum', rapport?.handelseDatum),
          ...present('enskildReferens', rapport?.enskildReferens),
          ...present('konsekvens', rapport?.konsekvens),
          ...present('enhetensMotivering', overlamning.motivering),
        };
      },
    },
  ],
  nyRapport: {
    title: 'Avvikelse',
    when:
      'Något har hänt, eller kunde ha hänt, som inte borde: ett fall, ett missat besök, ett läkemedel som inte gavs, brister i ' +
      'information eller dokumentation.',
    role: 'medarbetare',
  },
  // What the avvikelse already says is offered when it is escalated or handed to the MAS.
  stepDefaults: {
    'avvikelse-eskalering': { sammanfattning: avvikelseText },
    'avvikelse-overlamning-mas': { sammanfattning: avvikelseText },
    'avvikelse-uppfoljning': { datum: today },
    'avvikelse-avslut': { datum: today },
  },
  newItemDefaults: { 'avvikelse-atgard': { atgarder: { ansvarig: me } } },
  // The MAS reads the avvikelser handed over to her, with who reported (to ask about what happened), not the rest.
  grants: [{ role: 'mas', linkRel: 'overlamnad_till', rapportor: true }],
} as const satisfies ProcessPack;
