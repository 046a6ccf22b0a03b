import type { Backend } from '../../api/Backend';
import type { FieldError } from '../../engine/index';

/** Sent (the new ärende's id), kept in the outbox for later (offline), or refused with the reason. */
export type RapportOutcome =
  | { kind: 'sent'; arendeId: string }
  | { kind: 'queued' }
  | { kind: 'refused'; problem: { message: string; fieldErrors?: readonly FieldError[] } };

/** Sends a new rapport; without a connection the backend keeps it in the outbox. */
export async function sendRapport(backend: Backend, type: string, enhetId: string, data: Record<string, unknown>): Promise<RapportOutcome> {
  let r;
  try {
    r = await backend.report(type, enhetId, data);
  } catch (e) {
    return { kind: 'refused', problem: { message: (e as Error).message } };
  }
  if (!r.ok && 'queued' in r) return { kind: 'queued' };
  if (!r.ok) return { kind: 'refused', problem: { message: r.rejection.message, fieldErrors: r.rejection.fieldErrors } };
  return { kind: 'sent', arendeId: r.summary.arendeId };
}
