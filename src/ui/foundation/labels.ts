import type { Organisation } from '../../engine/index';

export const PROCESS_TITLES: Record<string, string> = {
  'lex-sarah': 'Lex Sarah',
  avvikelse: 'Avvikelse',
  riskanalys: 'Riskanalys',
  'lex-maria': 'Lex Maria-bedömning',
};

export const processTitle = (type: string) => PROCESS_TITLES[type] ?? type;

export const enhetName = (org: Organisation, id: string) => org.enheter.find((e) => e.id === id)?.namn ?? id;

/** Short, readable ärende number from its id (ids are `arende:<random>`). */
export const arendeNumber = (id: string) => id.replace(/^arende:/, '').slice(0, 8).toUpperCase();
