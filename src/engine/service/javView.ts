import type { Actor, Organisation } from '../model/Organisation';
import type { RoleId } from '../model/Role';
import { holdsRole } from '../org/holdsRole';
import type { ArendeState } from '../runtime/ArendeState';
import { isAppointed, judgingSteps } from '../runtime/judging';
import type { Stall } from '../runtime/judging';
import type { Principal } from './EngineDeps';
import type { EngineCore } from './engineState';
import { actingRole, stallsNow } from './javRules';

/** The state and the caller a commit has just had in hand: a view after it reads neither again. */
export interface KnownView {
  state: ArendeState;
  principal: Principal;
}

/** A person the förvaltningschef may appoint: holds the role somewhere, not jävig, not herself, not already appointed. */
export interface Candidate {
  userId: string;
  namn: string;
  titel?: string;
}

/** What the case page shows about jäv: the stalls everyone who reads sees, and what the caller herself may do. */
export interface JavView {
  stalls: Stall[];
  /** Every förvaltningschef for the enhet is jävig too: the administratör gives someone the role instead. */
  noAppointer: boolean;
  /** The caller may appoint (the enhet's förvaltningschef, not jävig): the candidates per stalled role. */
  appoint?: { role: RoleId; candidates: Candidate[] }[];
  /** The role in which the caller could act on an active judging step, so may declare herself jävig. */
  declare?: { role: RoleId; steps: string[] };
}

/** What the case page shows about jäv to this caller: the stalls, whom she may appoint, whether she may declare jäv. */
export async function javView(core: EngineCore, arendeId: string, userId: string, known?: KnownView): Promise<JavView> {
  const { directory, clock } = core.deps;
  const who = known?.principal ?? (await core.principal(userId));
  const state = known?.state ?? (await core.loadState(arendeId));
  if ('code' in who || !state) return { stalls: [], noAppointer: false };
  const { org, actor } = who;
  const now = clock.now();
  const stalls = await stallsNow(directory, state, org, now);
  const jav = state.snapshot.context.jav;
  const chefs = ((await directory.holdersAt?.('forvaltningschef', now)) ?? []).filter((p) =>
    holdsRole(org, p, 'forvaltningschef', state.open.enhetId),
  );
  const role = actingRole(state, org, actor);
  const appoint = await appointable(core, state, stalls, { org, actor }, now);
  return {
    stalls,
    noAppointer: stalls.length > 0 && chefs.every((c) => jav.includes(c.userId)),
    ...(appoint ? { appoint } : {}),
    ...(role && !jav.includes(actor.userId)
      ? {
          declare: {
            role,
            steps: judgingSteps(state)
              .filter((s) => s.role === role)
              .map((s) => s.title),
          },
        }
      : {}),
  };
}

/** The candidates per stalled role, when the caller is the enhet's förvaltningschef and not jävig herself. */
async function appointable(
  core: EngineCore,
  state: ArendeState,
  stalls: readonly Stall[],
  { org, actor }: { org: Organisation; actor: Actor },
  now: string,
): Promise<JavView['appoint']> {
  const appointer = holdsRole(org, actor, 'forvaltningschef', state.open.enhetId) && !state.snapshot.context.jav.includes(actor.userId);
  if (!appointer || !stalls.length) return undefined;
  return Promise.all(stalls.map(async (s) => ({ role: s.role, candidates: await candidates(core, state, s.role, actor.userId, now) })));
}

/** Whom the förvaltningschef may appoint for a role: holds it somewhere now, not jävig, not herself, not already appointed. */
async function candidates(core: EngineCore, state: ArendeState, role: RoleId, self: string, at: string): Promise<Candidate[]> {
  const jav = state.snapshot.context.jav;
  const people = (await core.deps.directory.holdersAt?.(role, at)) ?? [];
  return people
    .filter((p) => p.userId !== self && !jav.includes(p.userId) && !isAppointed(state, p.userId, role))
    .map((p) => ({ userId: p.userId, namn: p.namn, ...(p.titel ? { titel: p.titel } : {}) }))
    .sort((a, b) => a.namn.localeCompare(b.namn, 'sv'));
}
