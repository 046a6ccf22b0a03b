import type { ArendeSnapshot } from '../behaviour/buildMachine';
import type { LoadedDefinition } from '../definition/loadDefinition';
import type { ArendeEvent, OpenData } from '../model/ArendeEvent';
import type { ArendeLink } from '../model/ArendeContext';

/** When a state was entered: obligations count from here. */
export interface StateEntry {
  path: string;
  at: string;
  seq: number;
}

/** An ärende as derived by replaying its events through its pinned definition. */
export interface ArendeState {
  arendeId: string;
  open: OpenData;
  openedAt: string;
  openedBy: string;
  loaded: LoadedDefinition;
  snapshot: ArendeSnapshot;
  events: readonly ArendeEvent[];
  entries: readonly StateEntry[];
  links: readonly ArendeLink[];
  status: 'open' | 'closed';
}

export function lastEvent(state: ArendeState): ArendeEvent {
  return state.events[state.events.length - 1]!;
}
