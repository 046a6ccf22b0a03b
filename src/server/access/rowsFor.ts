import { mayKnowRapportor } from '../../api/access';
import type { Actor, ArendeSummary, Organisation } from '../../engine/internal';
import { foldQueryText, searchTextOf } from '../../engine/internal';
import type { ServerContext } from '../ServerContext';
import { hasRapportor, knownRapportor, knowsRapportor, redactOpener } from './redactRapportor';

type Ctx = Pick<ServerContext, 'engine' | 'directory' | 'clock'>;

/** A list leaves out the ärenden the newest check of the log named: their rows may be the very thing changed. */
export const unheld = (ctx: Pick<ServerContext, 'held'>, rows: readonly ArendeSummary[]): ArendeSummary[] =>
  ctx.held.size ? rows.filter((r) => ctx.held.reasonOf(r.arendeId) === undefined) : [...rows];

/** One row as this person may see it (see `rowsFor`). */
async function rowFor(ctx: Ctx, org: Organisation, actor: Actor, row: ArendeSummary): Promise<ArendeSummary> {
  const packs = ctx.engine.registry.catalog.packs;
  if (!hasRapportor(packs, row) || mayKnowRapportor(packs.grants, org, actor, row)) return row;
  // Her names are in the log (and the organisation); a log that cannot be read hides the rubrik rather than guess.
  const state = await ctx.engine.get(row.arendeId).catch(() => undefined);
  if (!state) return redactOpener(packs, row);
  if (knowsRapportor(state.events, actor.userId)) return row;
  return redactOpener(packs, row, await knownRapportor(ctx.directory, state.events, ctx.clock.now()));
}

/**
 * List rows as this person may see them: a row whose rapportör she may not know comes without its opener and with
 * the rapportör's name, its parts and initials masked in its rubrik (issue 21). With a search text, a row found only
 * through the name she may not see is left out, so a search cannot tell whose rapport it is.
 */
export async function rowsFor(
  ctx: Ctx,
  org: Organisation,
  actor: Actor,
  rows: readonly ArendeSummary[],
  text?: string,
): Promise<ArendeSummary[]> {
  const shown = await Promise.all(rows.map((row) => rowFor(ctx, org, actor, row)));
  if (!text) return shown;
  const wanted = foldQueryText(text);
  return shown.filter((row, i) => row === rows[i] || searchTextOf(row).includes(wanted));
}
