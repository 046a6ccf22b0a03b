import type { RoleId } from '../model/Role';
import { holdersOf } from '../org/holders';
import type { Actor, Organisation } from '../model/Organisation';
import type { DueNotification } from './deriveNotifications';

/** What a notification about a public submission may know: where it is to be registered, never what it says. */
export interface IntakeArrival {
  /** The ärende it becomes once registered (its id is fixed by the submission). */
  arendeId: string;
  enhetId: string;
  receivedAt: string;
}

export const INTAKE_STEP_TITLE = 'Registrera det som kom in via webbformuläret';

/**
 * Who hears that something came in through a public form: the holders of the first registering role (the
 * enhet's chef) for its enhet; only when nobody holds it, those of the next (the SAS centrally), and so on.
 */
export function intakeNotifications(
  arrival: IntakeArrival,
  registeredBy: readonly RoleId[],
  people: readonly Actor[],
  org: Organisation,
): DueNotification[] {
  for (const role of registeredBy) {
    const recipients = holdersOf(people, org, role, arrival.enhetId);
    if (recipients.length === 0) continue;
    return recipients.map((recipientId) => ({
      key: [arrival.arendeId, 'inkommet', 'inkommet', recipientId, arrival.receivedAt].join('|'),
      kind: 'inkommet',
      arendeId: arrival.arendeId,
      recipientId,
      ref: 'inkommet',
      stepTitle: INTAKE_STEP_TITLE,
      notifyAt: arrival.receivedAt,
    }));
  }
  return [];
}
