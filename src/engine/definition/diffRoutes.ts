import { placeName, quotedList } from './diffPlaces';
import type { StateGraph } from './StateGraph';
import type { DefinitionChange } from './DefinitionChange';

/** Where a new step sits: between which kept places, and the old routes its insertion replaced. */
export interface Insertion {
  before: string[];
  after: string[];
  /** Keys (`source|event|target`) of old routes the new step now stands on. */
  replaced: string[];
}

const keyOf = (t: { source: string; event: string; target?: string | undefined }) => `${t.source}|${t.event}|${t.target}`;

function routeKeys(graph: StateGraph): Set<string> {
  return new Set(graph.transitions.filter((t) => t.target).map(keyOf));
}

/** The kept places reached from `path` in one direction, walking through other new steps (two steps inserted in a row). */
function keptNeighbours(ga: StateGraph, gb: StateGraph, path: string, forward: boolean): string[] {
  const out = new Set<string>();
  const seen = new Set([path]);
  const queue = [path];
  while (queue.length) {
    const at = queue.shift()!;
    for (const t of gb.transitions) {
      const [from, to] = forward ? [t.source, t.target] : [t.target, t.source];
      if (from !== at || !to || to === at || seen.has(to)) continue;
      seen.add(to);
      if (ga.nodes.has(to)) out.add(to);
      else queue.push(to);
    }
  }
  return [...out];
}

/** A step new in `gb`: the kept steps before and after it, and which old direct routes between them are gone. */
export function insertionOf(ga: StateGraph, gb: StateGraph, path: string): Insertion {
  const before = keptNeighbours(ga, gb, path, false);
  const after = keptNeighbours(ga, gb, path, true);
  const kept = routeKeys(gb);
  const replaced = ga.transitions
    .filter((t) => t.target && before.includes(t.source) && after.includes(t.target) && !kept.has(keyOf(t)))
    .map(keyOf);
  return { before, after, replaced };
}

/** The places right before and after a step in `graph` (another new step included: two steps in a row read in order). */
function directNeighbours(graph: StateGraph, path: string, forward: boolean): string[] {
  const out = graph.transitions
    .filter((t) => t.target && t.source !== t.target && (forward ? t.source : t.target) === path)
    .map((t) => (forward ? t.target! : t.source));
  return out.map((p) => placeName(graph, p));
}

/** "… har lagts till mellan "X" och "Y"" when it stands on a route it replaced, else "… efter "X"". */
export function placeText(gb: StateGraph, path: string, ins: Insertion): string {
  if (ins.replaced.length)
    return ` mellan ${quotedList(directNeighbours(gb, path, false))} och ${quotedList(directNeighbours(gb, path, true))}`;
  return ins.before.length ? ` efter ${quotedList(ins.before.map((p) => placeName(gb, p)))}` : '';
}

/**
 * New and removed routes between places both versions have. A new step's own routes belong to "step added", and
 * the old routes it was inserted on (`replaced`) are not removals.
 */
export function transitionChanges(ga: StateGraph, gb: StateGraph, replaced: ReadonlySet<string>): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const [ta, tb] = [routeKeys(ga), routeKeys(gb)];
  const describe = (g: StateGraph, s: string, t: string) => `från "${placeName(g, s)}" till "${placeName(g, t)}"`;
  const seen = new Set<string>();
  for (const t of gb.transitions) {
    const k = keyOf(t);
    if (!t.target || ta.has(k) || !ga.nodes.has(t.source) || !ga.nodes.has(t.target)) continue;
    const text = `Ny väg ${describe(gb, t.source, t.target)}.`;
    if (!seen.has(text)) changes.push({ kind: 'transition_added', path: t.source, text });
    seen.add(text);
  }
  for (const t of ga.transitions) {
    const k = keyOf(t);
    if (!t.target || tb.has(k) || replaced.has(k) || !gb.nodes.has(t.source) || !gb.nodes.has(t.target)) continue;
    const text = `Vägen ${describe(ga, t.source, t.target)} finns inte längre.`;
    if (!seen.has(text)) changes.push({ kind: 'transition_removed', path: t.source, text });
    seen.add(text);
  }
  return changes;
}
