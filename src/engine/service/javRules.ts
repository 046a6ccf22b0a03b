import { sealEvent } from '../events/hashChain';
import type { ErsattareData, JavData } from '../model/JavEvents';
import type { Actor, Organisation } from '../model/Organisation';
import type { RoleId } from '../model/Role';
import { holdsRole, holdsRoleAnywhere } from '../org/holdsRole';
import type { Directory } from '../ports/Directory';
import type { ArendeState } from '../runtime/ArendeState';
import { lastEvent } from '../runtime/ArendeState';
import { applyJavEvent, javEventProblem } from '../runtime/javEvents';
import { isAppointed, judgingSteps, stallsOf } from '../runtime/judging';
import type { Stall } from '../runtime/judging';
import { findPersonnummer } from '../runtime/personnummer';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import type { EngineCore } from './engineState';
import { notBefore } from './notBefore';
import { scopedRowOf } from './scopedRow';
import type { ArendeEvent } from '../model/ArendeEvent';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { ScopedRow } from '../query/SummaryQuery';

export type JavResult =
  { ok: true; event: ArendeEvent; summary: ArendeSummary; state: ArendeState } | { ok: false; rejection: Rejection; state?: ArendeState };

/** Who may see the ärende (the server's access rule) and the view the caller decided on. */
export interface JavOptions {
  visible?: (row: ScopedRow) => boolean;
  expectedSeq?: number;
}

/** Everyone who holds one of the roles anywhere now (undefined: the directory cannot tell). */
async function holders(directory: Directory, roles: readonly RoleId[], at: string): Promise<Actor[] | undefined> {
  if (!directory.holdersAt) return undefined;
  const lists = await Promise.all([...new Set(roles)].map((r) => directory.holdersAt!(r, at)));
  return [...new Map(lists.flat().map((p) => [p.userId, p])).values()];
}

/** The judging steps jäv has stopped now: nobody free of jäv holds their role for the enhet or is appointed. */
export async function stallsNow(directory: Directory, state: ArendeState, org: Organisation, at: string): Promise<Stall[]> {
  const people = await holders(
    directory,
    judgingSteps(state).map((s) => s.role),
    at,
  );
  return people ? stallsOf(state, org, people) : [];
}

/** The role in which the actor could act on an active judging step (held for the enhet, or appointed). */
export function actingRole(state: ArendeState, org: Organisation, actor: Actor): RoleId | undefined {
  return judgingSteps(state)
    .map((s) => s.role)
    .find((r) => holdsRole(org, actor, r, state.open.enhetId) || (isAppointed(state, actor.userId, r) && holdsRoleAnywhere(actor, r)));
}

/** Loads the ärende for a command: unknown and hidden read the same; a stale view is a conflict. */
export async function javTarget(core: EngineCore, arendeId: string, opts: JavOptions): Promise<ArendeState | Rejection> {
  const state = await core.loadState(arendeId);
  if (!state || (opts.visible && !opts.visible(scopedRowOf(state)))) return reject('unknown_arende', `Ärendet ${arendeId} finns inte.`);
  if (opts.expectedSeq !== undefined && opts.expectedSeq !== state.events.length)
    return reject('seq_conflict', 'Ärendet har ändrats sedan du öppnade det. Inget sparades. Kontrollera och försök igen.');
  return state;
}

/** Checks and writes one jäv event (`arende.jav` or `arende.ersattare`) after the ärende's last event. */
export async function writeJavEvent(
  core: EngineCore,
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
  const event = sealEvent(core.deps.hasher, {
    id: core.deps.ids.next('event'),
    arendeId: state.arendeId,
    seq: prev.seq + 1,
    type,
    stepData: data,
    actor,
    at: notBefore(core.deps.clock.now(), prev.at),
    prevHash: prev.hash,
  });
  const next = applyJavEvent(state, event);
  const written = await core.commit([next], [event]);
  if (!written.ok) return { ...written, state: await core.loadState(state.arendeId) };
  return { ok: true, event, summary: written.summaries[0]!, state: next };
}
