import type { ProcessType } from '../definition/ProcessDefinition';
import type { RoleId } from '../model/Role';
import type { LinkRel } from '../model/ArendeContext';

/** A rel that opens a linked ärende: avvikelse → lex Sarah (eskalering), avvikelse → lex Maria-bedömning at the MAS. */
export interface LinkKind {
  rel: 'eskalerad_till' | 'overlamnad_till';
  back: LinkRel;
  processType: ProcessType;
  /** Swedish, e.g. "ett lex Sarah-ärende" (in refusals and guard descriptions). */
  noun: string;
  /** The role the new ärende is opened in: the enhetschef of the avvikelse, on behalf of the receiver. */
  asRole: RoleId;
}

export const LINK_KINDS: readonly LinkKind[] = [
  { rel: 'eskalerad_till', back: 'eskalerad_fran', processType: 'lex-sarah', noun: 'ett lex Sarah-ärende', asRole: 'enhetschef' },
  { rel: 'overlamnad_till', back: 'overlamnad_fran', processType: 'lex-maria', noun: 'en lex Maria-bedömning för MAS', asRole: 'enhetschef' },
];

/** The linked process a `hasLink` rel opens, if any. */
export function linkKindOf(rel: unknown): LinkKind | undefined {
  return LINK_KINDS.find((l) => l.rel === rel);
}

/** How a link reads in the case header and history. */
export const LINK_TITLES: Readonly<Record<LinkRel, string>> = {
  eskalerad_till: 'Eskalerat till lex Sarah-ärende',
  eskalerad_fran: 'Eskalerat från avvikelse',
  overlamnad_till: 'Överlämnat till MAS, lex Maria-bedömning',
  overlamnad_fran: 'Överlämnat från avvikelse',
};
