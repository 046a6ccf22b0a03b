import type { FieldError } from '../ports/SchemaValidator';
import type { RoleId } from '../model/Role';

export type RejectionCode =
  | 'unknown_arende'
  | 'unknown_event'
  | 'closed'
  | 'step_not_reached'
  | 'wrong_role'
  | 'wrong_unit'
  | 'invalid_data'
  | 'jav'
  | 'guard_failed'
  | 'seq_conflict'
  | 'migration_refused'
  | 'unknown_user'
  | 'integrity';

/** Why a submission was refused; `message` is Swedish and names the field or rule. */
export interface Rejection {
  code: RejectionCode;
  message: string;
  fieldErrors?: readonly FieldError[];
  reasons?: readonly string[];
  requiredRole?: RoleId;
}

export function reject(code: RejectionCode, message: string, extra: Omit<Rejection, 'code' | 'message'> = {}): Rejection {
  return { code, message, ...extra };
}
