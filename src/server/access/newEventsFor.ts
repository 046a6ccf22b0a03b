import { mayKnowRapportor } from '../../api/access';
import type { Actor, ArendeState, Organisation } from '../../engine/internal';
import { scopedRowOf } from '../../engine/internal';
import type { ServerContext } from '../ServerContext';
import { knownRapportor, knowsRapportor, redactRapportor } from './redactRapportor';

/**
 * The events of an ärende from `fromSeq` on, as this person receives them (as `GET /api/arenden/:id` would: redacted
 * where she may not know the rapportör, who is named from the whole log), so her browser can append them.
 */
export async function newEventsFor(
  ctx: Pick<ServerContext, 'engine' | 'directory' | 'clock'>,
  org: Organisation,
  actor: Actor,
  state: ArendeState,
  fromSeq: number,
) {
  const fresh = state.events.slice(fromSeq);
  const packs = ctx.engine.registry.catalog.packs;
  if (mayKnowRapportor(packs.grants, org, actor, scopedRowOf(state)) || knowsRapportor(state.events, actor.userId)) return fresh;
  return redactRapportor(fresh, await knownRapportor(ctx.directory, state.events, ctx.clock.now()));
}
