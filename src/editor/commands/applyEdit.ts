import type { ProcessDefinition } from '../../engine/index';
import type { EditCommand } from './EditCommand';
import type { EditResult } from './EditResult';
import { cloneDefinition } from './machineJson';
import { setPublicIntro } from './publicIntro';
import { putForm, setForm, setHelp, setRole, setSla, setTitle } from './stepEdits';
import { addStep, addTransition, moveStep, removeStep, removeTransition } from './structureEdits';

export type { EditResult } from './EditResult';

/**
 * Applies one edit to a draft, purely (the input is not changed). Structural edits keep the machine
 * well-formed; whether the result is lawful is the verifier's verdict, shown live in the editor.
 */
export function applyEdit(input: ProcessDefinition, cmd: EditCommand): EditResult {
  const def = cloneDefinition(input);
  switch (cmd.type) {
    case 'setTitle':
      return setTitle(def, cmd, input);
    case 'setHelp':
      return setHelp(def, cmd, input);
    case 'setRole':
      return setRole(def, cmd, input);
    case 'setSla':
      return setSla(def, cmd, input);
    case 'setForm':
      return setForm(def, cmd, input);
    case 'putForm':
      return putForm(def, cmd, input);
    case 'addStep':
      return addStep(def, cmd, input);
    case 'removeStep':
      return removeStep(def, cmd, input);
    case 'moveStep':
      return moveStep((before) => applyEdit(input, { type: 'moveStep', path: before, delta: 1 }))(def, cmd, input);
    case 'addTransition':
      return addTransition(def, cmd, input);
    case 'removeTransition':
      return removeTransition(def, cmd, input);
    case 'setPublicIntro':
      return setPublicIntro(def, cmd, input);
  }
}
