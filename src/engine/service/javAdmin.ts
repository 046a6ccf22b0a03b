import { notBefore } from './notBefore';
import type { ArendeEvent } from '../model/ArendeEvent';
import { sealEvent } from '../events/hashChain';
import type { ArendeSummary } from '../model/ArendeSummary';
import { ERSATTARE_EVENT, JAV_EVENT } from '../model/JavEvents';
import type { ErsattareData, JavData } from '../model/JavEvents';
import { ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import { holdsRole, holdsRoleAnywhere } from '../org/holdsRole';
import type { Actor, Organisation } from '../model/Organisation';
import type { ScopedRow } from '../query/SummaryQuery';
import type { ArendeState } from '../runtime/ArendeState';
import { lastEvent } from '../runtime/ArendeState';
import { findPersonnummer } from '../runtime/personnummer';
import { isAppointed, judgingSteps, stallsOf } from '../runtime/judging';
import type { Stall } from '../runtime/judging';
import { applyJavEvent, javEventProblem } from '../runtime/javEvents';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import type { EngineDeps, Principal } from './EngineDeps';

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

export type JavResult =
  { ok: true; event: ArendeEvent; summary: ArendeSummary; state: ArendeState } | { ok: false; rejection: Rejection; state?: ArendeState };

/** Who may see the ärende (the server's access rule) and the view the caller decided on. */
export interface JavOptions {
  visible?: (row: ScopedRow) => boolean;
  expectedSeq?: number;
}

interface JavDeps extends EngineDeps {
  loadState(arendeId: string): Promise<ArendeState | undefined>;
  commit(
    states: ArendeState[],
    events: ArendeEvent[],
  ): Promise<{ ok: true; summaries: ArendeSummary[] } | { ok: false; rejection: Rejection }>;
  principal(userId: string): Promise<Principal | Rejection>;
}

export const scopedRowOf = (s: ArendeState): ScopedRow => ({
  enhetId: s.open.enhetId,
  openedBy: s.openedBy,
  processType: s.open.processType,
  links: s.links,
  ersattare: s.snapshot.context.ersattare ?? [],
});

/** Declaring jäv mid-way and appointing an ersättare when jäv has stopped an ärende (engine-level events in its log). */
export function javAdmin(deps: JavDeps) {
  const { directory } = deps;

  /** Everyone who holds one of the roles anywhere now (undefined: the directory cannot tell). */
  async function holders(roles: readonly RoleId[], at: string): Promise<Actor[] | undefined> {
    if (!directory.holdersAt) return undefined;
    const lists = await Promise.all([...new Set(roles)].map((r) => directory.holdersAt!(r, at)));
    return [...new Map(lists.flat().map((p) => [p.userId, p])).values()];
  }

  async function stallsNow(state: ArendeState, org: Organisation, at: string): Promise<Stall[]> {
    const people = await holders(
      judgingSteps(state).map((s) => s.role),
      at,
    );
    return people ? stallsOf(state, org, people) : [];
  }

  /** The role in which the actor could act on an active judging step (held for the enhet, or appointed). */
  function actingRole(state: ArendeState, org: Organisation, actor: Actor): RoleId | undefined {
    return judgingSteps(state)
      .map((s) => s.role)
      .find((r) => holdsRole(org, actor, r, state.open.enhetId) || (isAppointed(state, actor.userId, r) && holdsRoleAnywhere(actor, r)));
  }

  /** Loads the ärende for a command: unknown and hidden read the same; a stale view is a conflict. */
  async function target(arendeId: string, opts: JavOptions): Promise<ArendeState | Rejection> {
    const state = await deps.loadState(arendeId);
    if (!state || (opts.visible && !opts.visible(scopedRowOf(state)))) return reject('unknown_arende', `Ärendet ${arendeId} finns inte.`);
    if (opts.expectedSeq !== undefined && opts.expectedSeq !== state.events.length)
      return reject('seq_conflict', 'Ärendet har ändrats sedan du öppnade det. Inget sparades. Kontrollera och försök igen.');
    return state;
  }

  async function write(
    state: ArendeState,
    type: string,
    actor: { userId: string; role: RoleId },
    data: JavData | ErsattareData,
  ): Promise<JavResult> {
    const problem = javEventProblem(state, { type, actor, stepData: data });
    if (problem) return { ok: false, rejection: problem };
    const found = findPersonnummer(data.motivering);
    if (found)
      return {
        ok: false,
        rejection: reject('invalid_data', `Motivering: ta bort personnumret (${found}). Skriv aldrig personnummer i ärendet.`),
      };
    const prev = lastEvent(state);
    const event = sealEvent(deps.hasher, {
      id: deps.ids.next('event'),
      arendeId: state.arendeId,
      seq: prev.seq + 1,
      type,
      stepData: data,
      actor,
      at: notBefore(deps.clock.now(), prev.at),
      prevHash: prev.hash,
    });
    const next = applyJavEvent(state, event);
    const written = await deps.commit([next], [event]);
    if (!written.ok) return { ...written, state: await deps.loadState(state.arendeId) };
    return { ok: true, event, summary: written.summaries[0]!, state: next };
  }

  return {
    /** The judging steps jäv has stopped now, with their deadlines (for the case page and the notifications). */
    async stalls(arendeId: string): Promise<Stall[]> {
      const state = await deps.loadState(arendeId);
      return state ? stallsNow(state, await directory.organisation(), deps.clock.now()) : [];
    },

    async javView(arendeId: string, userId: string): Promise<JavView> {
      const who = await deps.principal(userId);
      const state = await deps.loadState(arendeId);
      if ('code' in who || !state) return { stalls: [], noAppointer: false };
      const { org, actor } = who;
      const now = deps.clock.now();
      const stalls = await stallsNow(state, org, now);
      const jav = state.snapshot.context.jav;
      const chefs = ((await directory.holdersAt?.('forvaltningschef', now)) ?? []).filter((p) =>
        holdsRole(org, p, 'forvaltningschef', state.open.enhetId),
      );
      const appointer = holdsRole(org, actor, 'forvaltningschef', state.open.enhetId) && !jav.includes(actor.userId);
      const role = actingRole(state, org, actor);
      const appoint =
        appointer && stalls.length
          ? await Promise.all(stalls.map(async (s) => ({ role: s.role, candidates: await candidates(state, s.role, actor.userId, now) })))
          : undefined;
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
    },

    /** She declares herself jävig in the ärende (she could act on an active judging step); the step goes to someone else. */
    async declareJav(arendeId: string, input: JavData, userId: string, opts: JavOptions = {}): Promise<JavResult> {
      const who = await deps.principal(userId);
      if ('code' in who) return { ok: false, rejection: who };
      const state = await target(arendeId, opts);
      if ('code' in state) return { ok: false, rejection: state };
      const role = actingRole(state, who.org, who.actor);
      if (!role)
        return {
          ok: false,
          rejection: reject(
            'wrong_role',
            'Bara den som kan utföra ett pågående steg där någon bedömer eller beslutar kan anmäla jäv i ärendet.',
          ),
        };
      return write(state, JAV_EVENT, { userId: who.actor.userId, role }, { motivering: String(input?.motivering ?? '').trim() });
    },

    /** The enhet's förvaltningschef appoints an ersättare for a role jäv has left without anyone, in this ärende only. */
    async appointErsattare(arendeId: string, input: ErsattareData, userId: string, opts: JavOptions = {}): Promise<JavResult> {
      const who = await deps.principal(userId);
      if ('code' in who) return { ok: false, rejection: who };
      const { org, actor } = who;
      const state = await target(arendeId, opts);
      if ('code' in state) return { ok: false, rejection: state };
      if (!holdsRole(org, actor, 'forvaltningschef', state.open.enhetId))
        return {
          ok: false,
          rejection: reject('wrong_role', 'En ersättare utses av förvaltningschefen för enheten. Du har inte den rollen.', {
            requiredRole: 'forvaltningschef',
          }),
        };
      const data: ErsattareData = {
        userId: String(input?.userId ?? ''),
        role: input?.role,
        motivering: String(input?.motivering ?? '').trim(),
      };
      const problem = javEventProblem(state, {
        type: ERSATTARE_EVENT,
        actor: { userId: actor.userId, role: 'forvaltningschef' },
        stepData: data,
      });
      if (problem) return { ok: false, rejection: problem };
      const now = deps.clock.now();
      if (!directory.holdersAt)
        return {
          ok: false,
          rejection: reject('guard_failed', 'Organisationens register kan inte visa vilka som har rollen: ingen ersättare kan utses här.'),
        };
      if (!(await stallsNow(state, org, now)).some((s) => s.role === data.role))
        return {
          ok: false,
          rejection: reject(
            'guard_failed',
            `Ärendet har inte stannat på jäv för rollen ${ROLE_TITLES[data.role]}: någon i rollen kan utföra steget. En ` +
              `ersättare utses bara när alla är jäviga.`,
          ),
        };
      const appointee = await directory.actorAt(data.userId, now);
      if (!appointee) return { ok: false, rejection: reject('invalid_data', 'Ersättare: personen finns inte i organisationen.') };
      if (!holdsRoleAnywhere(appointee, data.role))
        return {
          ok: false,
          rejection: reject(
            'invalid_data',
            `Ersättare: ${appointee.namn} har inte rollen ${ROLE_TITLES[data.role]} någonstans i organisationen. Välj någon som har den.`,
          ),
        };
      return write(state, ERSATTARE_EVENT, { userId: actor.userId, role: 'forvaltningschef' }, data);
    },
  };

  /** Whom the förvaltningschef may appoint for a role: holds it somewhere now, not jävig, not herself, not already appointed. */
  async function candidates(state: ArendeState, role: RoleId, self: string, at: string): Promise<Candidate[]> {
    const jav = state.snapshot.context.jav;
    const people = (await directory.holdersAt?.(role, at)) ?? [];
    return people
      .filter((p) => p.userId !== self && !jav.includes(p.userId) && !isAppointed(state, p.userId, role))
      .map((p) => ({ userId: p.userId, namn: p.namn, ...(p.titel ? { titel: p.titel } : {}) }))
      .sort((a, b) => a.namn.localeCompare(b.namn, 'sv'));
  }
}
