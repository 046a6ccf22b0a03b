import type { ActionOption, Atgard, StepperItem } from '../../engine/index';

/** What is open below the steps: an åtgärd's form, a command's form (`initial`/`from`: opened from a pack's panel). */
export type Open = { type: string; atgard?: Atgard; initial?: Record<string, unknown>; from?: string } | undefined;

/** The ärende's options sorted for the page: current steps, commands, åtgärder, and how many forms show at once. */
export function caseActions(options: readonly ActionOption[], steps: readonly StepperItem[], open: Open) {
  const current = steps.filter((s) => s.status === 'current');
  const commands = options.filter((o) => !o.type.endsWith('.submit') && !o.type.startsWith('atgard.') && o.allowed);
  const atgardOptions = options.filter((o) => o.type.startsWith('atgard.'));
  const addAtgard = options.find((o) => o.type === 'atgard.lagg_till' && o.allowed);
  // The close-out checklist is for whoever closes (SAS for lex Sarah, the enhetschef for avvikelser).
  const closeRole = options.find((o) => o.type === 'avslut.submit')?.role;
  const openCommand = open && !open.atgard && !open.type.endsWith('.submit') && (commands.length > 0 || addAtgard) ? open.type : undefined;
  // Parallel steps, an åtgärd and a command may each show a form: then every submit button names its form.
  const formsShown =
    current.filter((s) => options.find((o) => o.type === `${s.key}.submit`)?.allowed).length +
    (open?.atgard ? 1 : 0) +
    (openCommand ? 1 : 0);
  return { current, commands, atgardOptions, addAtgard, closeRole, openCommand, formsShown };
}
