import type { EditCommand } from '../commands/EditCommand';

/** What every part of the step panel edits with: the step's path, and one way to apply edits and say how it went. */
export interface StepEditing {
  path: string;
  /** The step's title as it stands in the draft. */
  title: string;
  /** Applies the edits in order, stopping at the first refusal (shown); `done` is shown when all went through. */
  run(cmds: EditCommand[], done: string): void;
  /** Shows a Swedish refusal without editing. */
  refuse(text: string): void;
}
