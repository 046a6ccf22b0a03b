import { leafGuards } from '../behaviour/guards';
import { correctedFields, ENHET_CORRECTION } from '../behaviour/keepsReceived';
import type { ReceivedRecord } from '../behaviour/keepsReceived';
import type { GraphTransition } from '../definition/StateGraph';
import { canonicalJson } from '../events/canonicalJson';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';

/** Where a step keeps what came in through a public form, as its `keepsReceived` guard names it. */
interface ReceivedSlot {
  field: string;
  correction: string;
}

const CLIENT_SENT = 'Det som kom in via webbformuläret läggs in av systemet och kan inte skickas med eller ändras. Inget sparades.';

function slotOf(transitions: readonly GraphTransition[]): ReceivedSlot | undefined {
  for (const t of transitions)
    for (const g of leafGuards(t.guard))
      if (g.type === 'keepsReceived' && typeof g.params?.received === 'string' && typeof g.params.correction === 'string')
        return { field: g.params.received, correction: g.params.correction };
  return undefined;
}

const fieldsOf = (data: unknown): Record<string, unknown> | undefined =>
  data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;

/** A command that carries its own "what came in" where only the engine may place it (Ny rapport, a step): refused. */
export function clientReceivedProblem(transitions: readonly GraphTransition[], data: unknown): Rejection | undefined {
  const slot = slotOf(transitions);
  const own = fieldsOf(data);
  return slot && own && Object.hasOwn(own, slot.field) ? reject('invalid_data', CLIENT_SENT) : undefined;
}

/**
 * The first step's data with what came in placed by the engine (a copy the client echoed must be identical), or why
 * not: the process cannot keep it, or the ärende opens on another enhet than the sender chose without a correction.
 */
export function placeReceived(
  transitions: readonly GraphTransition[],
  data: unknown,
  received: ReceivedRecord,
  enhetId: string,
): { ok: true; data: unknown } | { ok: false; rejection: Rejection } {
  const slot = slotOf(transitions);
  if (!slot)
    return {
      ok: false,
      rejection: reject(
        'invalid_data',
        'Processens första steg bevarar inte det som kom in via webbformuläret, så det kan inte registreras i den här versionen.',
      ),
    };
  const own = fieldsOf(data);
  if (!own) return { ok: true, data };
  if (Object.hasOwn(own, slot.field) && canonicalJson(own[slot.field]) !== canonicalJson(received))
    return { ok: false, rejection: reject('invalid_data', CLIENT_SENT) };
  const moved = received.enhetId !== enhetId;
  const named = correctedFields(own, slot.correction).includes(ENHET_CORRECTION);
  if (moved && !named)
    return {
      ok: false,
      rejection: reject(
        'invalid_data',
        'Ärendet registreras på en annan enhet än den som valdes i webbformuläret. Ange enheten under "Rättelse" med ett skäl, ' +
          'eller välj enheten som valdes.',
        {
          fieldErrors: [
            { pointer: `/${slot.correction}/falt`, label: 'Vad rättas?', message: 'Enheten är ändrad: ange den som rättad, med ett skäl.' },
          ],
        },
      ),
    };
  if (!moved && named)
    return {
      ok: false,
      rejection: reject(
        'invalid_data',
        'Enheten är angiven som rättad, men ärendet registreras på den enhet som valdes i webbformuläret.',
        {
          fieldErrors: [{ pointer: `/${slot.correction}/falt`, label: 'Vad rättas?', message: 'Enheten är inte ändrad.' }],
        },
      ),
    };
  return { ok: true, data: { ...own, [slot.field]: received } };
}

/** The first step's data as the engine takes it: what came in placed by the engine, or a client's own copy refused. */
export function firstStepData(
  transitions: readonly GraphTransition[],
  data: unknown,
  received: ReceivedRecord | undefined,
  enhetId: string,
): { ok: true; data: unknown } | { ok: false; rejection: Rejection } {
  if (received) return placeReceived(transitions, data, received, enhetId);
  const own = clientReceivedProblem(transitions, data);
  return own ? { ok: false, rejection: own } : { ok: true, data };
}
