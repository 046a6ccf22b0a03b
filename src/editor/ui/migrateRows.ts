import type { Backend } from '../../api/Backend';
import type { ProcessRow } from '../../api/contract';

/** One ärende's result of a trial or a move. */
export interface MigrationOutcome {
  arendeId: string;
  ok: boolean;
  text: string;
}

interface MigrateInput {
  rows: readonly ProcessRow[];
  target: number;
  /** Old step path → new step path, as the owner mapped them (an empty choice keeps the same step). */
  mapping: Readonly<Record<string, string>>;
  note: string;
  /** False: only a trial (the engine's proof), nothing moves. */
  commit: boolean;
}

/** Tries or moves each ärende in turn, with the part of the mapping that concerns its active steps. */
export async function migrateRows(backend: Backend, { rows, target, mapping, note, commit }: MigrateInput): Promise<MigrationOutcome[]> {
  const results: MigrationOutcome[] = [];
  for (const r of rows) {
    const map = Object.fromEntries(Object.entries(mapping).filter(([from, to]) => to && r.activeSteps.some((s) => s.path === from)));
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
