import type { StateGraph } from '../../engine/index';

type Located = { states?: string[]; path?: { transitions: string[]; states: string[] }[] };

/** The states and transitions a violation's counter-example passes, to light up in the outline and the graph. */
export function highlightOf(v: Located): { states: string[]; transitions: string[] } {
  const transitions = v.path?.flatMap((s) => s.transitions) ?? [];
  const states = [...new Set([...(v.states ?? []), ...transitions.flatMap((t) => t.split(' → '))])];
  return { states, transitions };
}

/** Where the law is broken, as a step to select: the step of the path's last move, else the states named. */
export function stepOfViolation(v: Located, graph: StateGraph): string | undefined {
  const lastMove = v.path?.[v.path.length - 1]?.transitions.map((t) => t.split(' → ')[0]!) ?? [];
  return [...lastMove, ...(v.states ?? []), ...highlightOf(v).states].find((s) => graph.nodes.get(s)?.meta?.form);
}
