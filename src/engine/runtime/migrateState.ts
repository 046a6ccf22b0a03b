import type { LoadedDefinition } from '../definition/loadDefinition';
import type { ArendeEvent } from '../model/ArendeEvent';
import type { ArendeState } from './ArendeState';
import { activePaths } from './activePaths';
import type { MigrateData } from '../model/MigrateData';
import { activeLeaves, valueFromLeaves } from '../migration/leaves';
import type { MigrationProof } from '../migration/proveMigration';
import { withRegionChoices } from '../migration/regionChoices';
import { withStartedRegions } from '../migration/startedRegions';

/** The migration proof (`proveMigration`), passed in so that replaying a trusted log never loads the verifier. */
export type ProveMigration = (state: ArendeState, to: LoadedDefinition, mapping: Record<string, string>) => MigrationProof;

/**
 * Applies a recorded migration event: the ärende continues on `to` at the mapped steps, with its
 * context (recorded steps, åtgärder, jäv) carried over. Re-proves the move with `prove`; refuses what does not hold.
 */
export function migrateState(
  state: ArendeState,
  to: LoadedDefinition,
  event: ArendeEvent,
  prove: ProveMigration | false,
): { ok: true; state: ArendeState } | { ok: false; reason: string } {
  const data = event.stepData as MigrateData;
  // A sealed log is trusted (a later verifier must never make a stored ärende unreadable); imports re-prove.
  const proof = prove ? prove(state, to, data.mapping ?? {}) : trusted(state, to, data);
  if (!proof.ok) return { ok: false, reason: proof.reasons.join(' ') };
  const snapshot = to.compiled.resolve(proof.value, state.snapshot.context);
  const before = new Set(activePaths(state.snapshot.value));
  const entered = activePaths(snapshot.value)
    .filter((p) => !before.has(p) || proof.leaves.includes(p))
    .map((path) => ({ path, at: event.at, seq: event.seq }));
  return {
    ok: true,
    state: { ...state, loaded: to, snapshot, events: [...state.events, event], entries: [...state.entries, ...entered], status: 'open' },
  };
}

function trusted(state: ArendeState, to: LoadedDefinition, data: MigrateData): { ok: true; value: unknown; leaves: string[] } {
  const mapped = [...new Set(activeLeaves(state.loaded.graph, state.snapshot.value).map((l) => data.mapping?.[l] ?? l))];
  // As the proof did: a track the mapping left without a step started where chosen (`spar:` keys), else at its beginning.
  const placed = withRegionChoices(to.graph, mapped, data.mapping ?? {});
  const leaves = placed.ok ? placed.leaves : withStartedRegions(to.graph, mapped);
  return { ok: true, value: valueFromLeaves(leaves), leaves };
}
