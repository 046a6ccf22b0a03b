import type { StateGraph } from './StateGraph';

/**
 * A place in the process as the rutin names it: a step's title, a part's first step, the end. Never a state path:
 * the change record is read by a nämnd.
 */
export function placeName(graph: StateGraph, path: string): string {
  const node = graph.nodes.get(path);
  if (!node) return 'ett steg som inte finns';
  if (node.meta?.title) return node.meta.title;
  if (node.kind === 'final') {
    const parent = node.parent ? graph.nodes.get(node.parent)?.meta?.title : undefined;
    return parent ? `slutet av ${parent}` : 'avslut';
  }
  if (node.kind === 'compound' && node.initial) return placeName(graph, node.initial);
  if (node.kind === 'parallel') return node.children.map((c) => placeName(graph, c)).join(' och ');
  return 'ett steg utan namn';
}

/** Titles quoted and joined in Swedish: "A", "A" och "B", "A", "B" och "C". */
export function quotedList(titles: readonly string[]): string {
  const q = [...new Set(titles)].map((t) => `"${t}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} och ${q[q.length - 1]}`;
}
