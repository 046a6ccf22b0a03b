import type { Backend } from '../../api/Backend';
import type { FieldError } from '../../engine/index';

export type RegisterOutcome =
  { ok: true; arendeId: string } | { ok: false; problem: { message: string; fieldErrors?: readonly FieldError[] } };

/** Registers what came in as an ärende; `enhetId` only when it differs from the one the public chose. */
export async function registerIntake(
  backend: Backend,
  id: string,
  data: Record<string, unknown>,
  enhetId: string | undefined,
): Promise<RegisterOutcome> {
  let r;
  try {
    r = await backend.registerIntake(id, data, enhetId);
  } catch (e) {
    return { ok: false, problem: { message: (e as Error).message } };
  }
  if (!r.ok) return { ok: false, problem: { message: r.rejection.message, fieldErrors: r.rejection.fieldErrors } };
  return { ok: true, arendeId: r.summary.arendeId };
}
