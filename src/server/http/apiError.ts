import type { Rejection } from '../../engine/index';

/** An error with the HTTP status and Swedish message the client is given; nothing else leaks. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { fieldErrors?: Rejection['fieldErrors']; reasons?: readonly string[]; details?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** The statuses a refused command is answered with (its body is the refusal, not an error). */
export type RefusalStatus = 400 | 403 | 404 | 409 | 422 | 500;

const STATUS: Record<Rejection['code'], RefusalStatus> = {
  unknown_arende: 404,
  unknown_event: 422,
  closed: 409,
  step_not_reached: 409,
  wrong_role: 403,
  wrong_unit: 403,
  invalid_data: 422,
  jav: 403,
  guard_failed: 409,
  seq_conflict: 409,
  migration_refused: 409,
  unknown_user: 403,
  integrity: 500,
};

/** The HTTP status a refused command is answered with. */
export function statusOf(rejection: Rejection): RefusalStatus {
  return STATUS[rejection.code] ?? 400;
}

export const notFound = (what = 'Ärendet finns inte, eller så har du inte behörighet att se det.') =>
  new ApiFailure(404, 'not_found', what);
export const forbidden = (message: string) => new ApiFailure(403, 'forbidden', message);
export const badCursor = () => new ApiFailure(400, 'invalid_cursor', 'Sidmarkören ("after") är ogiltig. Börja om från första sidan.');
export const unauthenticated = () =>
  new ApiFailure(401, 'unauthenticated', 'Du är inte inloggad, eller så har din session gått ut. Logga in igen.');
