import type { StateGraph } from '../definition/StateGraph';
import { activePaths } from '../runtime/activePaths';

// Apart from the proof (which needs the verifier's path search): replaying a recorded migration needs only these.
/** Active leaves (atomic or final states) of a snapshot value. */
export function activeLeaves(graph: StateGraph, value: unknown): string[] {
  return activePaths(value).filter((p) => {
    const kind = graph.nodes.get(p)?.kind;
    return kind === 'atomic' || kind === 'final';
  });
}

/** Builds an XState state value from leaf paths, e.g. `a.b.c` → `{ a: { b: 'c' } }`. */
export function valueFromLeaves(leaves: readonly string[]): unknown {
  if (leaves.length === 1 && !leaves[0]!.includes('.')) return leaves[0];
  const root: Record<string, unknown> = {};
  for (const leaf of leaves) {
    const parts = leaf.split('.');
    let at = root;
    for (let i = 0; i < parts.length - 1; i++) at = (at[parts[i]!] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]!] = {};
  }
  // Leaves are written as strings (XState's shape): { region: 'leaf' }.
  const collapse = (o: Record<string, unknown>): unknown => {
    const entries = Object.entries(o);
    return Object.fromEntries(
      entries.map(([k, v]) => {
        const child = v as Record<string, unknown>;
        const keys = Object.keys(child);
        if (keys.length === 1 && Object.keys(child[keys[0]!] as object).length === 0) return [k, keys[0]];
        return [k, collapse(child)];
      }),
    );
  };
  return collapse(root);
}
