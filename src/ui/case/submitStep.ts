import type { Backend, Saved } from '../../api/Backend';
import type { FieldError } from '../../engine/index';
import type { Notice } from './CaseNotice';

/** A refused or failed save, shown above the forms; `type`: the refused form, which alone shows the field errors. */
export interface Problem {
  message: string;
  type?: string;
  fieldErrors?: readonly FieldError[];
  reasons?: readonly string[];
}

export type StepOutcome = { ok: true; linked?: Notice['linked']; saved: Saved } | { ok: false; problem: Problem; conflict: boolean };

/** Sends one step, åtgärd or command of the ärende, based on the `seq` events the person saw. */
export async function submitStep(
  backend: Backend,
  id: string,
  seq: number,
  type: string,
  data: Record<string, unknown>,
): Promise<StepOutcome> {
  // Measured by the benchmark: the round trip to the server (engine checks and the commit there), without re-rendering.
  const started = performance.now();
  let r;
  try {
    r = await backend.submit(id, type, data, seq);
  } catch (e) {
    return { ok: false, problem: { message: (e as Error).message }, conflict: false };
  }
  performance.measure('kf:commit', { start: started });
  if (!r.ok) {
    const { message, fieldErrors, reasons } = r.rejection;
    return { ok: false, problem: { message, type, fieldErrors, reasons }, conflict: r.rejection.code === 'seq_conflict' };
  }
  return r.linked ? { ok: true, linked: { id: r.linked.arendeId, title: r.linked.rubrik }, saved: r } : { ok: true, saved: r };
}
