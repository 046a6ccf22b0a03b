import { intakeEnheter, intakeRole } from '../../api/access';
import type { IntakeItemView } from '../../api/contract';
import type { Actor, Organisation } from '../../engine/index';
import type { RoleId } from '../../engine/index';
import { notFound } from '../http/apiError';
import type { ServerContext } from '../ServerContext';
import type { IntakeItem } from './PublicIntake';

type Who = { actor: Actor; org: Organisation };

/** Who registers what came in through a public form: per process the enheter her registering roles cover. */
export function intakeAccess(ctx: Pick<ServerContext, 'intake' | 'engine'>) {
  const registry = ctx.engine.registry.catalog.packs;
  const packs = registry.packs;
  /** The roles that register a process's public submissions (none for a process without a public form). */
  const registeringRoles = (processType: string): readonly RoleId[] => registry.packOf(processType)?.publicIntake?.registeredBy ?? [];

  /** The waiting items she may register, in every process that has a public form. */
  async function waitingFor({ actor, org }: Who): Promise<IntakeItemView[]> {
    if (!ctx.intake) return [];
    // Per process once: whom it covers may differ between processes (their registering roles).
    const covered = new Map(
      packs.filter((p) => p.publicIntake).map((p) => [p.type, new Set(intakeEnheter(org, actor, registeringRoles(p.type)))]),
    );
    const items = await ctx.intake.pending([...new Set([...covered.values()].flatMap((s) => [...s]))]);
    return items
      .filter((i) => covered.get(i.processType)?.has(i.enhetId))
      .map(({ id, processType, enhetId, receivedAt, data }) => ({ id, processType, enhetId, receivedAt, data }));
  }

  /** One waiting item, or 404 for anyone who may not register it (its existence is not revealed). */
  async function mine({ actor, org }: Who, id: string): Promise<IntakeItem> {
    const item = ctx.intake && (await ctx.intake.get(id));
    if (!item || !intakeEnheter(org, actor, registeringRoles(item.processType)).includes(item.enhetId)) throw notFound();
    return item;
  }

  /** The role in which she reads an item (for the access log). */
  const roleFor = ({ actor, org }: Who, item: Pick<IntakeItem, 'processType' | 'enhetId'>): RoleId | undefined =>
    intakeRole(org, actor, registeringRoles(item.processType), item.enhetId);

  return { waitingFor, mine, roleFor };
}
