import { caseSummary } from './caseSummary';
import { LEX_SARAH_GUARDS } from './guards/index';
import { newItemDefaults, stepDefaults } from './defaults';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import { skeleton } from './skeleton';
import { lexSarahFacts } from './facts';
import { lexSarahList } from './reportList';
import { anmaldaTillIvo } from './trendColumns';

export const lexSarah = {
  type: 'lex-sarah',
  reportLabel: 'Lex Sarah-rapporter',
  counted: true,
  skeleton,
  guards: LEX_SARAH_GUARDS,
  caseSummary,
  kategori: { event: 'rapport.submit', path: 'handelsekategori' },
  handelseField: 'handelseTidpunkt',
  nyRapport: {
    title: 'Lex Sarah-rapport',
    when:
      'Den enskilde har utsatts för, eller riskerar påtagligt att utsättas för, ett missförhållande som hotar liv, säkerhet eller ' +
      'hälsa. Rapportera genast. Du måste stå med ditt namn.',
    role: 'medarbetare',
    // The rapportör stands with her name: the signed-in person is the rapportör unless she changes it.
    initial: (r) => ({
      rapportor: { namn: r.namn, ...(r.titel ? { befattning: r.titel } : {}), anvandarId: r.userId },
      muntligRapport: false,
    }),
  },
  stepDefaults,
  newItemDefaults,
  documents: [
    { id: 'utredning', title: 'Utredning', linkText: 'Utredning (utskrift)', after: 'utredning.submit' },
    { id: 'anmalan', title: 'Anmälan till IVO', linkText: 'Anmälan till IVO (utskrift)', after: 'anmalan_ivo.submit' },
  ],
  facts: lexSarahFacts,
  reportLists: [lexSarahList],
  trendColumns: [anmaldaTillIvo],
} as const satisfies ProcessPack;
