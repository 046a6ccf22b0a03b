import type { ArendeContext, MachineEvent } from './ArendeContext';
import type { AtgardMask } from './AtgardMask';
import type { RoleId } from './Role';

// The shape every named guard has, apart from the library of guards itself (guards.ts), so a guard in a file of
// its own (keepsReceived.ts) depends on the shape and the library on it, never the other way round.

/** Three-valued truth for the verifier's abstract interpretation. */
export type Tri = true | false | 'unknown';

/** What the verifier knows of an event: the actor's role and any data values it branches on. */
/** In an abstract branch: the value at a fact's path is anything but `otherThan` (so other comparisons stay open). */
export class OtherValue {
  constructor(readonly otherThan: unknown) {}
}

export interface AbstractEvent {
  type: string;
  role: RoleId;
  /** Values of data paths fixed for this branch (facts of the legal skeleton). */
  data: Readonly<Record<string, unknown>>;
  /** Event types that have occurred on the path so far (makes `hasStep` exact). */
  seen: ReadonlySet<string>;
  /** What the path knows of a value an earlier step recorded (a skeleton fact), or undefined when it is not tracked. */
  recorded?(event: string, path: string, value: unknown): Tri | undefined;
  /** Which unfinished åtgärder may exist on the path; undefined when the search does not track them. */
  atgarder?: AtgardMask;
}

type Params = Record<string, unknown>;

export interface GuardImpl {
  /** Swedish description of the rule, for editors and explanations. */
  describe(params: Params): string;
  test(ctx: ArendeContext, ev: MachineEvent, params: Params): boolean;
  /** Swedish reasons why it fails now (empty when it holds). */
  explain(ctx: ArendeContext, ev: MachineEvent, params: Params): string[];
  abstract(ev: AbstractEvent, params: Params): Tri;
  /** Names the params it needs; checked when a definition is loaded. */
  checkParams(params: Params): string | undefined;
  /** False when it depends only on the ärende and the actor, so it can be judged before a form is filled. */
  readsEventData: boolean;
}
