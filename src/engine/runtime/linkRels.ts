import type { LinkOpening } from '../model/ProcessPack';
import { LINK_OPENINGS } from '../../processes/registry';

/** A rel that opens a linked ärende (avvikelse → lex Sarah, avvikelse → lex Maria at the MAS); the packs declare them. */
export type LinkKind = LinkOpening;

export const LINK_KINDS: readonly LinkKind[] = LINK_OPENINGS;

/** The linked process a `hasLink` rel opens, if any. */
export function linkKindOf(rel: unknown): LinkKind | undefined {
  return LINK_KINDS.find((l) => l.rel === rel);
}

/** How a link reads in the case header and history. */
export { LINK_TITLES } from '../../processes/registry';
