import { today } from '../defaultRules';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import type { DefaultRule } from '../../engine/model/StepDefaultRule';
import { rapporteringsFacts } from './facts';
import { explainsMissing } from './guards/explainsMissing';
import { oneKvittensPerPerson } from './guards/oneKvittensPerPerson';
import { KVITTENS_EVENT } from './kvittenser';
import { informeradePerEnhet } from './reportTable';
import { skeleton } from './skeleton';

/** Each list of the latest save, every row whole, so the next save starts from it and loses no one (and no kvittens). */
const carried = (path: string, keys: readonly string[]): DefaultRule => ({
  eachOf: { step: KVITTENS_EVENT, path },
  copy: Object.fromEntries(keys.map((k) => [k, k])),
});

export const rapporteringsskyldighet = {
  type: 'rapporteringsskyldighet',
  reportLabel: 'Information om rapporteringsskyldigheten',
  // One ärende per enhet and year: its figure is "X av Y informerade", not a count of ärenden in the trend.
  counted: false,
  skeleton,
  // The ärende belongs to the period of the day the information was given.
  handelseField: 'datum',
  rubrik: {
    event: 'information.submit',
    path: 'ar',
    text: (data) => (typeof data.ar === 'number' ? `Information om rapporteringsskyldigheten ${data.ar}` : undefined),
  },
  nyRapport: {
    title: 'Information om rapporteringsskyldigheten',
    when:
      'För enhetschefer: en gång om året, och när någon börjar, ska alla som omfattas av skyldigheten att rapportera ' +
      'missförhållanden enligt lex Sarah få information om den – anställda, uppdragstagare och praktikanter. ' +
      'Här för du in årets information och vilka som har kvitterat den.',
    role: 'enhetschef',
  },
  // One kvittens per person and year, in the app or on paper; a year closed with people missing says who and why.
  guards: { oneKvittensPerPerson, explainsMissing },
  // Who acknowledged when and how (and who recorded it): the report's "X av Y informerade" per enhet.
  facts: rapporteringsFacts,
  reportTables: [informeradePerEnhet],
  // Each save of the kvittenser starts from the latest list, so no one already listed (or her kvittens) is lost.
  stepDefaults: {
    'rapporteringsskyldighet-information': { datum: today },
    'rapporteringsskyldighet-kvittenser': {
      personer: carried('personer', ['nr', 'namn', 'grupp']),
      nya: carried('nya', ['nr', 'borjadeDatum']),
      kvittenser: carried('kvittenser', ['nr', 'datum', 'satt']),
    },
    'rapporteringsskyldighet-avslut': { datum: today },
  },
  // Every medarbetare of the enhet reads its year's information and acknowledges it herself.
  grants: [{ role: 'medarbetare' }],
} as const satisfies ProcessPack;
