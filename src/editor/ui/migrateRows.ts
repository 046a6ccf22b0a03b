import type { Backend } from '../../api/Backend';
import type { ProcessRow } from '../../api/contract';
import type { StateGraph } from '../../engine/index';
import { mappingFor } from './trackChoices';

/** One ärende's result of a trial or a move. */
export interface MigrationOutcome {
  arendeId: string;
  ok: boolean;
  text: string;
}

interface MigrateInput {
  rows: readonly ProcessRow[];
  target: number;
  /** Old step path → new step path, as the owner mapped them (an empty choice keeps the same step); `spar:` keys: a track's start. */
  mapping: Readonly<Record<string, string>>;
  /** The new version's graph: which tracks each ärende has free for a chosen start. */
  newGraph?: StateGraph;
  note: string;
  /** False: only a trial (the engine's proof), nothing moves. */
  commit: boolean;
}

/** Tries or moves each ärende in turn, with the part of the mapping that concerns its active steps and free tracks. */
export async function migrateRows(backend: Backend, input: MigrateInput): Promise<MigrationOutcome[]> {
  const { rows, target, mapping, note, commit, newGraph } = input;
  const results: MigrationOutcome[] = [];
  for (const r of rows) {
    const map = mappingFor(newGraph, r, mapping);
    if (commit) {
      const m = await backend.migrate(r.arendeId, target, map, note);
      results.push({ arendeId: r.arendeId, ok: m.ok, text: m.ok ? `Flyttat till version ${target}.` : m.rejection.message });
    } else {
      const p = await backend.planMigration(r.arendeId, target, map);
      results.push({
        arendeId: r.arendeId,
        ok: p.ok,
        text: p.ok ? `Kan flyttas till version ${target}.` : `Kan inte flyttas: ${p.reasons.join(' ')}`,
      });
    }
  }
  return results;
}
