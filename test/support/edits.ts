import { applyEdit } from '../../src/editor/commands/applyEdit';
import type { EditCommand } from '../../src/editor/commands/EditCommand';
import { newStepForm } from '../../src/editor/commands/newStepForm';
import type { ProcessDefinition } from '../../src/engine/index';

/** Applies edits in order; a refused edit fails the test with its Swedish message. */
export function edited(def: ProcessDefinition, ...cmds: EditCommand[]): ProcessDefinition {
  return cmds.reduce((d, c) => {
    const r = applyEdit(d, c);
    if (!r.ok) throw new Error(r.message);
    return r.definition;
  }, def);
}

/** The example: "Informera den enskilde" after Beslut in lex Sarah, with a new form of its own. */
export const ADD_INFORMERA: Extract<EditCommand, { type: 'addStep' }> = {
  type: 'addStep',
  after: 'handlaggning.utredningsspar.beslut',
  key: 'informera_enskild',
  title: 'Informera den enskilde',
  role: 'enhetschef',
  form: 'lex-sarah-informera-enskild',
  newForm: newStepForm('lex-sarah-informera-enskild', 'Informera den enskilde'),
};
