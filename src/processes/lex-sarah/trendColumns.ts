import type { PackTrendColumn } from '../../engine/model/PackHooks';
import { asLexSarahFacts } from './facts';

/** "N rapporter, varav M anmälda till IVO" per period: those whose anmälan was sent, whenever it was sent. */
export const anmaldaTillIvo: PackTrendColumn = {
  id: 'ivo',
  title: 'Varav anmälda till IVO',
  tableTitle: 'Lex Sarah-rapporter och anmälningar till IVO per period',
  varav: { one: 'anmäld till IVO', many: 'anmälda till IVO' },
  counts: (f) => asLexSarahFacts(f.pack)?.ivo === 'anmald',
};
