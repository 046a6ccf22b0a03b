import type { AbstractEvent, Tri } from '../behaviour/guards';
import type { NamedRef } from '../model/ProcessDefinition';
import type { GuardTable } from '../behaviour/guardTable';
import type { GraphTransition, StateGraph } from '../definition/StateGraph';
import { ancestorsOf } from '../definition/StateGraph';

/** A configuration: the sorted active atomic (or final) leaves. */
export type Config = readonly string[];

export interface AbstractSuccessor {
  config: Config;
  /** Transitions taken, in order (event transitions first, then onDone cascades). */
  taken: GraphTransition[];
  /** A top-level final state was entered. */
  done: boolean;
}

/** Truth values chosen for guards the verifier cannot decide, keyed by the guard's JSON. */
type Assignment = ReadonlyMap<string, boolean>;

function evalGuard(guard: NamedRef | undefined, ev: AbstractEvent, assignment: Assignment, guards: GuardTable): Tri {
  if (!guard) return true;
  if (guard.type === 'all') {
    let result: Tri = true;
    for (const g of (guard.params?.guards as NamedRef[]) ?? []) {
      const r = evalGuard(g, ev, assignment, guards);
      if (r === false) return false;
      if (r === 'unknown') result = 'unknown';
    }
    return result;
  }
  const chosen = assignment.get(JSON.stringify(guard));
  return chosen ?? guards[guard.type]!.abstract(ev, guard.params ?? {});
}

/** Undecidable leaf guards among the transitions an event could take from a configuration. */
function undecided(graph: StateGraph, config: Config, ev: AbstractEvent, guards: GuardTable): string[] {
  const keys = new Set<string>();
  const visit = (g: NamedRef | undefined) => {
    if (!g) return;
    if (g.type === 'all') for (const x of (g.params?.guards as NamedRef[]) ?? []) visit(x);
    else if (guards[g.type]!.abstract(ev, g.params ?? {}) === 'unknown') keys.add(JSON.stringify(g));
  };
  for (const leaf of config)
    for (const node of [leaf, ...ancestorsOf(graph, leaf)])
      for (const t of graph.bySourceEvent.get(`${node}|${ev.type}`) ?? []) visit(t.guard);
  return [...keys].sort();
}

/** Every consistent way to decide the undecidable guards: the same guard has the same value in every region. */
function assignments(keys: string[]): Assignment[] {
  const out: Assignment[] = [];
  const n = Math.min(keys.length, 12);
  for (let mask = 0; mask < 1 << n; mask++) out.push(new Map(keys.slice(0, n).map((k, i) => [k, (mask & (1 << i)) !== 0])));
  return out;
}

/** The transition a leaf takes under an assignment: XState's first enabled, innermost first. */
function leafChoice(
  graph: StateGraph,
  leaf: string,
  ev: AbstractEvent,
  assignment: Assignment,
  guards: GuardTable,
): GraphTransition | undefined {
  for (const node of [leaf, ...ancestorsOf(graph, leaf)]) {
    for (const t of graph.bySourceEvent.get(`${node}|${ev.type}`) ?? []) {
      if (evalGuard(t.guard, ev, assignment, guards) !== false) return t;
    }
  }
  return undefined;
}

/** The initial leaves below a node (compound: its initial child; parallel: every region). */
export function enterLeaves(graph: StateGraph, path: string): string[] {
  const node = graph.nodes.get(path)!;
  if (node.kind === 'compound') return enterLeaves(graph, node.initial!);
  if (node.kind === 'parallel') return node.children.flatMap((c) => enterLeaves(graph, c));
  return [path];
}

function isDescendant(path: string, of: string): boolean {
  return path.startsWith(`${of}.`);
}

/** Transition domain: nearest compound ancestor of the source that contains the target (root = ''). */
function domainOf(graph: StateGraph, t: GraphTransition): string {
  for (const a of ancestorsOf(graph, t.source)) {
    if (graph.nodes.get(a)!.kind !== 'parallel' && isDescendant(t.target!, a)) return a;
  }
  return '';
}

/** Applies one targeted transition to a leaf set. */
function applyTransition(graph: StateGraph, leaves: string[], t: GraphTransition): string[] {
  const domain = domainOf(graph, t);
  const kept = leaves.filter((l) => domain !== '' && !isDescendant(l, domain));
  const entered: string[] = [];
  // Enter the target, and for every parallel ancestor up to the domain, its other regions.
  let child = t.target!;
  entered.push(...enterLeaves(graph, child));
  let parent = graph.nodes.get(child)!.parent;
  while (parent !== undefined && parent !== domain) {
    const p = graph.nodes.get(parent)!;
    if (p.kind === 'parallel') for (const region of p.children) if (region !== child) entered.push(...enterLeaves(graph, region));
    child = parent;
    parent = p.parent;
  }
  return [...new Set([...kept, ...entered])].sort();
}

function isNodeDone(graph: StateGraph, path: string, leaves: Set<string>): boolean {
  const node = graph.nodes.get(path)!;
  if (node.kind === 'final') return leaves.has(path);
  if (node.kind === 'compound') return node.children.some((c) => graph.nodes.get(c)!.kind === 'final' && leaves.has(c));
  if (node.kind === 'parallel') return node.children.every((c) => isNodeDone(graph, c, leaves));
  return false;
}

/** Fires onDone transitions of completed compound/parallel nodes until none apply (unguarded in practice). */
function settle(
  graph: StateGraph,
  start: string[],
  ev: AbstractEvent,
  guards: GuardTable,
): { leaves: string[]; taken: GraphTransition[] }[] {
  const results: { leaves: string[]; taken: GraphTransition[] }[] = [];
  const work: { leaves: string[]; taken: GraphTransition[]; depth: number }[] = [{ leaves: start, taken: [], depth: 0 }];
  while (work.length) {
    const item = work.pop()!;
    const set = new Set(item.leaves);
    const candidates = new Set<string>();
    for (const l of item.leaves) for (const a of ancestorsOf(graph, l)) candidates.add(a);
    const doneNodes = [...candidates].filter((n) => graph.bySourceEvent.has(`${n}|done`) && isNodeDone(graph, n, set));
    const firing = doneNodes.sort((a, b) => b.length - a.length)[0];
    if (!firing || item.depth > 20) {
      results.push(item);
      continue;
    }
    const options = (graph.bySourceEvent.get(`${firing}|done`) ?? []).filter((t) => evalGuard(t.guard, ev, new Map(), guards) !== false);
    if (options.length === 0) results.push(item);
    for (const t of options) {
      const leaves = t.target ? applyTransition(graph, item.leaves, t) : item.leaves;
      work.push({ leaves, taken: [...item.taken, t], depth: item.depth + 1 });
    }
  }
  return results;
}

/**
 * Every configuration XState could reach from `config` on an event, when guards the verifier cannot
 * decide may go either way. Over-approximates real behaviour, so "no bad path" here means none at all.
 */
export function abstractStep(graph: StateGraph, config: Config, ev: AbstractEvent, guards: GuardTable): AbstractSuccessor[] {
  const combos: (GraphTransition | undefined)[][] = assignments(undecided(graph, config, ev, guards)).map((a) =>
    config.map((leaf) => leafChoice(graph, leaf, ev, a, guards)),
  );
  const out: AbstractSuccessor[] = [];
  const seen = new Set<string>();
  for (const combo of combos) {
    const chosen: GraphTransition[] = [];
    for (const t of combo) if (t && !chosen.includes(t)) chosen.push(t);
    if (chosen.length === 0) continue;
    let leaves = [...config];
    const applied: GraphTransition[] = [];
    for (const t of chosen) {
      // A transition whose source was exited by an earlier one in this step is dropped (XState's conflict rule).
      if (!leaves.some((l) => l === t.source || isDescendant(l, t.source))) continue;
      applied.push(t);
      if (t.target) leaves = applyTransition(graph, leaves, t);
    }
    for (const settled of settle(graph, leaves, ev, guards)) {
      const done = settled.leaves.some((l) => graph.nodes.get(l)!.kind === 'final' && graph.nodes.get(l)!.parent === undefined);
      const taken = [...applied, ...settled.taken];
      const key = `${settled.leaves.join(',')}|${taken.map((t) => `${t.source}>${t.event}#${t.order}`).join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ config: settled.leaves, taken, done });
    }
  }
  return out;
}

export function initialConfig(graph: StateGraph, initial: string): Config {
  return enterLeaves(graph, initial).sort();
}
