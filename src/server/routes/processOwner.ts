import { may } from '../../api/access';
import { forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';

/**
 * The signed-in process owner, or a 403 with the Swedish `refusal` saying what only she may do: publishing, importing, a
 * version's running ärenden, moving them and a version's beslut all stand behind this one check.
 */
export function processOwner(req: Parameters<typeof whoOf>[0], refusal: string) {
  const { actor } = whoOf(req);
  if (!may(actor, 'processes')) throw forbidden(refusal);
  return actor;
}
