import type { RoleId } from './Role';
import type { ArendeLink } from './ArendeContext';

export interface ActiveStep {
  key: string;
  path: string;
  title: string;
  role: RoleId | undefined;
  mandated: boolean;
}

/**
 * A step each holder of `role` at the ärende's enhet does once for herself while the ärende is where it is (an
 * acknowledgment): `done` are the user ids of those who have. It waits for everyone else of the role.
 */
export interface OwnStep {
  event: string;
  title: string;
  role: RoleId;
  done: string[];
}

/** An open deadline in the list row; overdue is judged against the clock when shown. */
export interface OpenDeadline {
  id: string;
  title: string;
  kind: 'sla' | 'legal';
  stepTitle: string;
  role: RoleId | undefined;
  dueAt: string;
}

/**
 * The list row of an ärende, written in the same transaction as its newest event. Kept light (no
 * step data) so lists of tens of thousands load fast; replay of the events is the truth.
 */
export interface ArendeSummary {
  arendeId: string;
  processType: string;
  definitionId: string;
  definitionVersion: number;
  enhetId: string;
  status: 'open' | 'closed';
  /** The XState state value after the newest event. */
  value: unknown;
  activeSteps: ActiveStep[];
  lastSeq: number;
  lastHash: string;
  openedAt: string;
  openedBy: string;
  updatedAt: string;
  links: ArendeLink[];
  /** Who was appointed to act in a role in this ärende only (jäv left no one): she reads it, in that role. Absent when none. */
  ersattare?: { userId: string; role: RoleId }[];
  /** Short Swedish label from the rapport (no personal identifiers beyond what the form holds). */
  rubrik: string;
  /** Avvikelse category, when there is one. */
  kategori?: string;
  /** Open deadlines, earliest first. */
  deadlines: OpenDeadline[];
  /** Earliest open deadline, or NO_DEADLINE: an indexed sort key so inboxes read only their first page. */
  nextDueAt: string;
  /** `role|dueAt` for each role an active step waits for (open ärenden only): one index serves every inbox. */
  roleDue: string[];
  /** The own steps open now (absent when none); their roles are in `roleDue`. */
  ownSteps?: OwnStep[];
  /** Per role that waits only for own steps: who has done them all, so the ärende no longer waits for her. */
  waitDone?: Record<string, string[]>;
}

/** Sorts after every real deadline; keeps rows without one in the deadline index. */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';
