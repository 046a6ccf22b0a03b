import { ancestorsOf } from '../definition/StateGraph';
import type { StateGraph } from '../definition/StateGraph';

/** The leaves a state starts in: itself, its initial child's, or every region's of a parallel state. */
function initialLeaves(graph: StateGraph, path: string): string[] {
  const node = graph.nodes.get(path);
  if (!node) return [];
  if (node.kind === 'parallel') return node.children.flatMap((c) => initialLeaves(graph, c));
  if (node.kind === 'compound') return node.initial ? initialLeaves(graph, node.initial) : [];
  return [path];
}

/**
 * Leaves completed so that every parallel state they enter has a step in each region: a region no mapped step is in
 * starts at its beginning, as entering the parallel state would (so an ärende moved onto one track is not stuck
 * without the other; nothing is skipped, the proof checks the rest).
 */
export function withStartedRegions(graph: StateGraph, leaves: readonly string[]): string[] {
  const out = new Set(leaves);
  for (let changed = true; changed;) {
    changed = false;
    const active = new Set([...out].flatMap((l) => [l, ...ancestorsOf(graph, l)]));
    for (const path of active) {
      const node = graph.nodes.get(path);
      if (node?.kind !== 'parallel') continue;
      for (const region of node.children)
        if (!active.has(region))
          for (const leaf of initialLeaves(graph, region))
            if (!out.has(leaf)) {
              out.add(leaf);
              changed = true;
            }
    }
  }
  return [...out].sort();
}
