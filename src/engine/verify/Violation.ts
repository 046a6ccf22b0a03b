import type { RoleId } from '../model/Role';

/** One step of a counter-example: what was sent, by which role, and where it led. */
export interface CounterExampleStep {
  event: string;
  title: string;
  role: RoleId;
  /** Data values the path depends on (facts of the legal skeleton), e.g. { allvarligt: true }. */
  data: Record<string, unknown>;
  /** Active leaf states after the step. */
  states: string[];
  /** Transitions taken, as `source → target` node paths (for highlighting in the editor). */
  transitions: string[];
}

export type ViolationCode =
  | 'format'
  | 'reference'
  | 'mandated_step_missing'
  | 'mandated_step_changed'
  | 'mandated_command_missing'
  | 'missing_required_field'
  | 'missing_guard'
  | 'missing_obligation'
  | 'skipped_step'
  | 'wrong_order'
  | 'wrong_role'
  | 'conditional_step_skipped'
  | 'jav_not_recorded'
  | 'atgarder_not_tracked'
  | 'atgard_status'
  | 'law_bound_field'
  | 'value_not_allowed'
  | 'role_cannot_read'
  | 'dead_end'
  | 'unreachable_final'
  | 'no_final';

/** A reason a definition may not be published, in Swedish, with a counter-example path where one exists. */
export interface Violation {
  code: ViolationCode;
  message: string;
  /** Steps from the initial state that show the problem. */
  path?: CounterExampleStep[];
  /** State paths to highlight. */
  states?: string[];
  /** The step's or command's event a finding about its form or rules concerns (its counter-example shows it done). */
  event?: string;
}

export interface VerifyResult {
  ok: boolean;
  violations: Violation[];
  /** `reused`: the path search of the previous draft still held (only texts changed). */
  stats: { states: number; transitions: number; explored: number; ms?: number; reused?: boolean };
}
