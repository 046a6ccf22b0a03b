import type { Ersattare } from './JavEvents';
import type { RoleId } from './Role';

/** Who did something: the person and the role they acted in. */
export interface EventActor {
  userId: string;
  role: RoleId;
}

export type AtgardStatus = 'planerad' | 'genomford' | 'verifierad' | 'atertagen';

export interface Atgard {
  id: string;
  vad: string;
  orsak: string;
  ansvarig: unknown;
  klartDatum: string;
  typ?: string;
  status: AtgardStatus;
  /** The effect the verification recorded (`avsedd_effekt`, `delvis_effekt`, `ingen_effekt`). */
  effekt?: string;
  /** seq of the event that added it, and of the latest status change. */
  addedSeq: number;
  updatedSeq: number;
}

/** Outgoing and back links between ärenden (avvikelse → lex Sarah, eskalerad); the packs declare every rel. */
export type LinkRel = string;

export interface ArendeLink {
  rel: LinkRel;
  arendeId: string;
}

export interface RecordedStep {
  data: unknown;
  at: string;
  by: EventActor;
  seq: number;
}

/** The XState context of every process: derived from events by the behaviour library's actions. */
export interface ArendeContext {
  /** Latest accepted data per event type. */
  steps: Record<string, RecordedStep>;
  atgarder: Atgard[];
  /** Users who may not investigate or decide: rapportör, whoever registered the rapport, involved persons, who declared jäv. */
  jav: string[];
  /** People appointed to act in a role in this ärende only, when jäv left no one (`arende.ersattare`); absent when none. */
  ersattare?: Ersattare[];
  /**
   * Steps each person does for herself, once (`recordOwnStep`): per event type, per user id. An acknowledgment
   * of information, say; absent until someone has.
   */
  own?: Record<string, Record<string, RecordedStep>>;
}

/** The event XState sees: built by the engine after role, scope and schema checks. */
export interface MachineEvent {
  type: string;
  data: unknown;
  actor: EventActor;
  at: string;
  seq: number;
  links?: readonly ArendeLink[];
}

export function emptyContext(): ArendeContext {
  return { steps: {}, atgarder: [], jav: [] };
}
