import type { LinkOpening } from '../model/ProcessPack';

/** A rel that opens a linked ärende (avvikelse → lex Sarah, avvikelse → lex Maria at the MAS); the packs declare them. */
export type LinkKind = LinkOpening;
