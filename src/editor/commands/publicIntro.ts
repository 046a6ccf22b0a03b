import type { EditHandler } from './EditResult';
import { fail } from './EditResult';

/** Longest introduction the public form takes (as the definition format allows). */
export const PUBLIC_INTRO_MAX = 2000;

/** The public form's introduction in this förvaltning's words; empty or undefined gives back the pack's own. */
export const setPublicIntro: EditHandler<'setPublicIntro'> = (def, cmd) => {
  const text = cmd.text?.trim() ?? '';
  if (text.length > PUBLIC_INTRO_MAX) return fail(`Texten på webbformuläret är för lång: högst ${PUBLIC_INTRO_MAX} tecken.`);
  if (text) def.publicIntro = text;
  else delete def.publicIntro;
  return { ok: true, definition: def };
};
