import { me, today } from '../defaultRules';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import { skeleton } from './skeleton';

/** Opened only by an avvikelse's handover to the MAS; not offered on Ny rapport. */
export const lexMaria = {
  type: 'lex-maria',
  reportLabel: 'Lex Maria-bedömningar',
  counted: true,
  skeleton,
  handelseField: 'handelseDatum',
  rubrik: { event: 'bedomning.submit', path: 'handelse' },
  stepDefaults: {
    'lex-maria-bedomning': { bedomare: me },
    'lex-maria-anmalan': { skickadDatum: today },
    'lex-maria-avslut': { datum: today },
  },
  // The MAS reads the lex Maria-bedömningar of her units, with who reported (domain.md §3).
  grants: [{ role: 'mas', rapportor: true }],
} as const satisfies ProcessPack;
