import type { ProcessRow } from '../../api/contract';
import { openRegions, regionKey } from '../../engine/index';
import type { OpenRegion, StateGraph } from '../../engine/index';

/** Where one ärende's active steps land in the new version: the mapped step, or the same one where it still exists. */
function targetsOf(newGraph: StateGraph, row: ProcessRow, mapping: Readonly<Record<string, string>>): string[] {
  return row.activeSteps.map((s) => mapping[s.path] || (newGraph.nodes.has(s.path) ? s.path : '')).filter((p) => newGraph.nodes.has(p));
}

/** The tracks of a parallel state one ärende enters in the new version that none of its mapped steps is in. */
export function freeTracks(newGraph: StateGraph, row: ProcessRow, mapping: Readonly<Record<string, string>>): OpenRegion[] {
  return openRegions(newGraph, targetsOf(newGraph, row, mapping)).filter((r) => !r.mappedLeaf);
}

/** The free tracks of all the chosen ärenden, each once: one choice "börja vid …" per track. */
export function freeTracksOf(newGraph: StateGraph, rows: readonly ProcessRow[], mapping: Readonly<Record<string, string>>): OpenRegion[] {
  const byPath = new Map<string, OpenRegion>();
  for (const r of rows) for (const t of freeTracks(newGraph, r, mapping)) if (!byPath.has(t.path)) byPath.set(t.path, t);
  return [...byPath.values()];
}

/**
 * The part of the owner's mapping that concerns one ärende: its own active steps, and the start of a track only where
 * that ärende has the track free (another ärende's choice must not refuse this one's move).
 */
export function mappingFor(newGraph: StateGraph | undefined, row: ProcessRow, mapping: Readonly<Record<string, string>>) {
  const own = Object.fromEntries(Object.entries(mapping).filter(([from, to]) => to && row.activeSteps.some((s) => s.path === from)));
  if (!newGraph) return own;
  for (const t of freeTracks(newGraph, row, own)) {
    const chosen = mapping[regionKey(t.path)];
    if (chosen) own[regionKey(t.path)] = chosen;
  }
  return own;
}
