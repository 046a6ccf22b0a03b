import type { ArendeSnapshot } from '../behaviour/buildMachine';
import type { LoadedDefinition } from '../definition/loadDefinition';
import type { ArendeEvent, OpenData } from '../model/ArendeEvent';
import type { MachineEvent } from '../model/ArendeContext';
import type { ArendeState, StateEntry } from './ArendeState';
import { activePaths } from './activePaths';

export function toMachineEvent(event: ArendeEvent): MachineEvent {
  return { type: event.type, data: event.stepData, actor: event.actor, at: event.at, seq: event.seq, links: event.links };
}

function enteredPaths(before: ArendeSnapshot | undefined, after: ArendeSnapshot, at: string, seq: number): StateEntry[] {
  const old = new Set(before ? activePaths(before.value) : []);
  return activePaths(after.value)
    .filter((p) => !old.has(p))
    .map((path) => ({ path, at, seq }));
}

/** Starts the derived state from an ärende's open event. */
export function stateFromOpen(loaded: LoadedDefinition, open: ArendeEvent): ArendeState {
  const initial = loaded.compiled.initial();
  const carried = (open.stepData as OpenData).jav;
  // Jäv follows an escalation: the avvikelse's rapportör and inblandade may not judge the lex Sarah ärende either.
  const snapshot =
    Array.isArray(carried) && carried.length
      ? loaded.compiled.resolve(initial.value, { ...initial.context, jav: carried.map(String) })
      : initial;
  return {
    arendeId: open.arendeId,
    open: open.stepData as OpenData,
    openedAt: open.at,
    openedBy: open.actor.userId,
    loaded,
    snapshot,
    events: [open],
    entries: enteredPaths(undefined, snapshot, open.at, open.seq),
    links: open.links ?? [],
    status: 'open',
  };
}

/** Evolves the derived state by one accepted event (pure: the input state is not changed). */
export function applyEvent(state: ArendeState, event: ArendeEvent, stepped?: ArendeSnapshot): ArendeState {
  const snapshot = stepped ?? state.loaded.compiled.step(state.snapshot, toMachineEvent(event));
  return {
    ...state,
    snapshot,
    events: [...state.events, event],
    entries: [...state.entries, ...enteredPaths(state.snapshot, snapshot, event.at, event.seq)],
    links: event.links ? [...state.links, ...event.links] : state.links,
    status: snapshot.status === 'done' ? 'closed' : 'open',
  };
}
