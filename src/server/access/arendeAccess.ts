import { appointedRoleOf, mayRead, readingRoleOf } from '../../api/access';
import { outsideReaderRole } from '../../api/readingOutside';
import type { Actor, Organisation } from '../../engine/internal';
import { scopeCovers, scopedRowOf, toSummary } from '../../engine/internal';
import { ApiFailure, notFound } from '../http/apiError';
import { heldMessage } from '../ledger/heldArenden';
import type { ServerContext } from '../ServerContext';

/** What the access log records as the reason when an appointed ersättare reads the ärende outside her units. */
export const APPOINTED_REASON = 'Utsedd ersättare i ärendet (jäv)';

type Who = { actor: Actor; org: Organisation };

/**
 * Who may read one ärende, decided once for every route: the owner row access is judged by, the read itself
 * (with the role and reason the access log names), and a refused read, which is logged and answered as missing.
 */
export function arendeAccess(ctx: Pick<ServerContext, 'engine' | 'accessLog' | 'readingGrants' | 'clock' | 'held'>) {
  const { engine } = ctx;

  /**
   * Who owns the ärende as far as access goes: read from its own verified log (enhet, process, opener, links), never
   * from its list row, which is a cache someone with the database could move to another enhet.
   */
  async function ownerOf(id: string) {
    const [row, state] = await Promise.all([engine.summaries({ ids: [id], limit: 1 }).then((r) => r[0]), engine.get(id)]);
    if (!state) return undefined;
    // A list row that was removed is rebuilt from the log: the ärende stays readable where it belongs.
    return { row: row ?? toSummary(state), owner: scopedRowOf(state) };
  }

  /** A refused read of an existing ärende goes to the access log: someone looked where they may not. */
  async function refused(who: Who, id: string, enhetId: string | undefined): Promise<never> {
    await ctx.accessLog.record({
      at: ctx.clock.now(),
      userId: who.actor.userId,
      kind: 'nekat',
      arendeId: id,
      ...(enhetId ? { enhetId } : {}),
    });
    throw notFound();
  }

  /** Refused if the ärende exists (logged), else simply not found: the answer to a command on a hidden ärende. */
  async function refusedOrMissing(who: Who, id: string): Promise<never> {
    const found = await ownerOf(id);
    if (found) return refused(who, id, found.owner.enhetId);
    throw notFound();
  }

  /**
   * The ärende when the caller may read it, or reads it outside her units for a reason she stated
   * (`reason`, read only); 404 otherwise, so its existence is not revealed either.
   */
  async function readable(who: Who, id: string) {
    const found = await ownerOf(id);
    if (!found) throw notFound();
    const may = await decided(who, id, found);
    // Held after a failed check: only someone who may read learns why (to anyone else it stays missing).
    const reason = ctx.held.reasonOf(id);
    if (reason !== undefined) throw new ApiFailure(409, 'integrity', heldMessage(reason));
    return may;
  }

  async function decided(who: Who, id: string, found: NonNullable<Awaited<ReturnType<typeof ownerOf>>>) {
    const { actor, org } = who;
    // One rule decides (mayRead, as for lists); the role is only what the access log names.
    const grants = ctx.engine.registry.catalog.packs.grants;
    if (mayRead(grants, org, actor, found.owner)) {
      const role = readingRoleOf(grants, org, actor, found.owner);
      // An appointed ersättare reads outside her units in the role she was appointed to: the access log says so.
      const appointed =
        role !== undefined &&
        role === appointedRoleOf(actor, found.owner) &&
        !actor.roles.some((a) => a.role === role && scopeCovers(org, a, found.owner.enhetId));
      // A list row's appointees could be written into the database by hand: the ärende's own signed log must say so too.
      if (appointed && appointedRoleOf(actor, scopedRowOf((await engine.get(id))!)) !== role) return refused(who, id, found.owner.enhetId);
      return { row: found.row, owner: found.owner, role, ...(appointed ? { reason: APPOINTED_REASON, readOnly: false } : {}) };
    }
    const outside = outsideReaderRole(actor);
    const reason = outside && (await ctx.readingGrants.active(actor.userId, id, ctx.clock.now()));
    if (!reason) return refused(who, id, found.owner.enhetId);
    return { row: found.row, owner: found.owner, role: outside, reason, readOnly: true };
  }

  /** Before a step or command: a held ärende answers 409 to whoever may read it and stays missing to anyone else. */
  async function notHeld(who: Who, id: string): Promise<void> {
    if (ctx.held.reasonOf(id) !== undefined) await readable(who, id);
  }

  return { ownerOf, refused, refusedOrMissing, readable, notHeld };
}
