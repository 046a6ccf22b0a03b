import { leafGuards, requiredRoleOf } from '../behaviour/guards';
import { titleOf } from '../definition/StateGraph';
import type { GraphTransition } from '../definition/StateGraph';
import type { ArendeEvent } from '../model/ArendeEvent';
import { sealEvent } from '../events/hashChain';
import { holdsRole, holdsRoleAnywhere } from '../org/holdsRole';
import type { Actor, Organisation } from '../model/Organisation';
import { ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { Hasher } from '../ports/Hasher';
import type { ArendeLink, MachineEvent } from '../model/ArendeContext';
import type { ArendeState } from './ArendeState';
import { lastEvent } from './ArendeState';
import { applyEvent } from './applyEvent';
import { activePaths } from './activePaths';
import { candidateTransitions, waitingSteps } from './candidates';
import { personnummerErrors } from './personnummer';
import { submissionDateErrors } from './datePolicy';
import { reject } from './Rejection';
import { skeletonRefusal } from './skeletonRules';
import { MIGRATE_EVENT } from '../model/MigrateData';
import { JAV_EVENT_TITLES } from '../model/JavEvents';
import { isAppointed } from './judging';
import type { Rejection } from './Rejection';

/** A step submission or command on an ärende. */
export interface Command {
  type: string;
  data: unknown;
  /** Set by the engine's service only (escalation links); never taken from user input. */
  links?: ArendeLink[];
}

export interface DecideContext {
  org: Organisation;
  hasher: Hasher;
  now: string;
  eventId: string;
  /** `candidateTransitions(state, command.type)`, when the caller has them already (computed once per submission). */
  candidates?: GraphTransition[];
}

export type Decision = { ok: true; event: ArendeEvent; state: ArendeState } | { ok: false; rejection: Rejection };

/** Swedish title of an event type: the step's title or the command's title. */
export function eventTitle(state: ArendeState, type: string): string {
  const { loaded } = state;
  if (type === MIGRATE_EVENT) return 'Flyttad till en ny version av processen';
  if (JAV_EVENT_TITLES[type]) return JAV_EVENT_TITLES[type];
  const stepPath = loaded.stepOf.get(type);
  if (stepPath) return titleOf(loaded.graph, stepPath);
  return loaded.definition.commands[type]?.title ?? type;
}

function waitingFor(state: ArendeState): string {
  const steps = waitingSteps(state);
  return steps.length ? steps.join(' och ') : 'inget steg';
}

/** Who may act on an event type now: the role to act in and the candidate transitions, or why not. */
export function mayAct(
  state: ArendeState,
  type: string,
  actor: Actor,
  org: Organisation,
  known?: GraphTransition[],
): { ok: true; role: RoleId; candidates: GraphTransition[] } | { ok: false; rejection: Rejection } {
  const { loaded } = state;
  const title = eventTitle(state, type);
  if (state.status === 'closed') return { ok: false, rejection: reject('closed', 'Ärendet är avslutat. Inga fler steg kan utföras.') };
  if (!loaded.graph.events.has(type))
    return { ok: false, rejection: reject('unknown_event', `Händelsen "${type}" finns inte i processen ${loaded.definition.title}.`) };

  const candidates = known ?? candidateTransitions(state, type);
  // A step's own event counts only while the step is active (the verifier proves the same).
  const stepPath = loaded.stepOf.get(type);
  if (candidates.length === 0 || (stepPath !== undefined && !activePaths(state.snapshot.value).includes(stepPath)))
    return { ok: false, rejection: reject('step_not_reached', `"${title}" kan inte utföras nu. Ärendet väntar på: ${waitingFor(state)}.`) };

  const roles = [...new Set(candidates.map((t) => requiredRoleOf(t.guard)).filter((r): r is RoleId => r !== undefined))];
  const enhetId = state.open.enhetId;
  // An appointed ersättare acts in her role in this ärende only, while she still holds the role somewhere.
  const role = roles.find((r) => holdsRole(org, actor, r, enhetId) || (isAppointed(state, actor.userId, r) && holdsRoleAnywhere(actor, r)));
  if (!role) {
    const needed = roles.map((r) => ROLE_TITLES[r]).join(' eller ');
    const enhet = org.enheter.find((e) => e.id === enhetId)?.namn ?? enhetId;
    return {
      ok: false,
      rejection: roles.some((r) => holdsRoleAnywhere(actor, r))
        ? reject(
            'wrong_unit',
            `Du är ${needed} men inte för ${enhet}, där ärendet hör hemma. "${title}" kan bara utföras för enheter du ansvarar för.`,
            { requiredRole: roles[0] },
          )
        : reject('wrong_role', `"${title}" ska utföras av ${needed}. Du har inte den rollen.`, { requiredRole: roles[0] }),
    };
  }
  return { ok: true, role, candidates: candidates.filter((t) => requiredRoleOf(t.guard) === role) };
}

/** Rejection from failing guards, `jav` when separation of duties is what stops the actor. */
export function guardRejection(
  state: ArendeState,
  title: string,
  reasons: string[],
  actorId: string,
  candidates: GraphTransition[],
): Rejection {
  const jav =
    state.snapshot.context.jav.includes(actorId) && candidates.some((t) => leafGuards(t.guard).some((g) => g.type === 'isIndependent'));
  return reject(
    jav ? 'jav' : 'guard_failed',
    `"${title}" kan inte utföras: ${reasons.join(' ') || 'villkoren för steget är inte uppfyllda.'}`,
    { reasons },
  );
}

/**
 * The whole rule check for one submission, pure: event known and reachable now, role held for
 * the ärende's enhet, data valid against the step's schema, separation of duties, process guards.
 */
export function decide(state: ArendeState, command: Command, actor: Actor, ctx: DecideContext): Decision {
  const { loaded } = state;
  const may = mayAct(state, command.type, actor, ctx.org, ctx.candidates);
  if (!may.ok) return may;
  const title = eventTitle(state, command.type);

  const fieldErrors = loaded.validators.get(command.type)?.(command.data) ?? [];
  if (fieldErrors.length > 0)
    return {
      ok: false,
      rejection: reject('invalid_data', `Uppgifterna i "${title}" är inte godkända: ${fieldErrors.map((e) => e.message).join(' ')}`, {
        fieldErrors,
      }),
    };
  // New submissions only (replay and imports keep what was written before this rule).
  const identifiers = personnummerErrors(command.data, loaded.schemaOf(command.type));
  if (identifiers.length > 0)
    return {
      ok: false,
      rejection: reject('invalid_data', `Uppgifterna i "${title}" sparades inte: ${identifiers.map((e) => e.message).join(' ')}`, {
        fieldErrors: identifiers,
      }),
    };
  // The skeleton's dates (new submissions only, like the personnummer check): past is past, order holds, the enhet existed.
  const dates = submissionDateErrors(state, command, ctx.now, ctx.org);
  if (dates.length > 0)
    return {
      ok: false,
      rejection: reject('invalid_data', `Uppgifterna i "${title}" är inte godkända: ${dates.map((e) => e.message).join(' ')}`, {
        fieldErrors: dates,
      }),
    };

  const refused = skeletonRefusal(state, command.type, command.data, actor);
  if (refused) return { ok: false, rejection: refused };

  const prev = lastEvent(state);
  const machineEvent: MachineEvent = {
    type: command.type,
    data: command.data,
    actor: { userId: actor.userId, role: may.role },
    at: ctx.now,
    seq: prev.seq + 1,
    links: command.links,
  };
  // Stepping is the check: no enabled transition leaves the snapshot as it was (can() only for no-op transitions).
  const next = loaded.compiled.step(state.snapshot, machineEvent);
  if (next === state.snapshot && !state.snapshot.can(machineEvent)) {
    const reasons = [
      ...new Set(
        may.candidates.flatMap((t) =>
          t.guard ? state.loaded.guards.all!.explain(state.snapshot.context, machineEvent, { guards: [t.guard] }) : [],
        ),
      ),
    ];
    return { ok: false, rejection: guardRejection(state, title, reasons, actor.userId, may.candidates) };
  }

  const event = sealEvent(ctx.hasher, {
    id: ctx.eventId,
    arendeId: state.arendeId,
    seq: machineEvent.seq,
    type: command.type,
    stepData: command.data,
    actor: machineEvent.actor,
    at: ctx.now,
    ...(command.links ? { links: command.links } : {}),
    prevHash: prev.hash,
  });
  return { ok: true, event, state: applyEvent(state, event, next) };
}
