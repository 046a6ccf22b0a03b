export type ChangeKind =
  | 'step_added'
  | 'step_removed'
  | 'step_changed'
  | 'help'
  | 'field'
  | 'sla'
  | 'transition_added'
  | 'transition_removed'
  | 'command'
  | 'text';

/** One difference between two versions, phrased in domain terms (Swedish): no form ids, state paths or event names. */
export interface DefinitionChange {
  kind: ChangeKind;
  text: string;
  /** The state path the change is about (in the newer version when it exists there); for the program, never shown. */
  path?: string;
}
