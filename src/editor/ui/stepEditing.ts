import type { EditCommand } from '../commands/EditCommand';

/** What every part of the step panel edits with: the step's path, and one way to apply edits and say how it went. */
export interface StepEditing {
  path: string;
  /** The step's title as it stands in the draft. */
  title: string;
  /** Applies the edits of one save in turn, all or none (a refusal is shown); `done` is shown when they went through. */
  run(cmds: EditCommand[], done: string): boolean;
  /** Selects another step (e.g. the one just added), opening its panel with `note` shown there. */
  select(path: string, note?: string): void;
  /** Shows a Swedish refusal without editing. */
  refuse(text: string): void;
}
