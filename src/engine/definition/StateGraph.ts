import type { MachineJson, NamedRef, StateJson, StateMeta, TransitionJson } from '../model/ProcessDefinition';

/** One state node, addressed by its dotted path from the root (e.g. `handlaggning.ivospar.bevakning`). */
export interface GraphNode {
  path: string;
  key: string;
  parent: string | undefined;
  kind: 'atomic' | 'compound' | 'parallel' | 'final';
  children: string[];
  initial: string | undefined;
  meta: StateMeta | undefined;
  depth: number;
}

/** One transition, with its target resolved to a node path. `event` is `done` for onDone. */
export interface GraphTransition {
  source: string;
  event: string;
  target: string | undefined;
  guard: NamedRef | undefined;
  actions: NamedRef[];
  /** Position among the source's transitions for the same event (XState picks the first enabled). */
  order: number;
}

export interface StateGraph {
  machineId: string;
  nodes: Map<string, GraphNode>;
  /** Node paths in document order. */
  order: string[];
  transitions: GraphTransition[];
  bySourceEvent: Map<string, GraphTransition[]>;
  /** Every event type that some transition listens to. */
  events: Set<string>;
  errors: string[];
}

function asList(t: TransitionJson | TransitionJson[] | undefined): TransitionJson[] {
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

function kindOf(s: StateJson): GraphNode['kind'] {
  if (s.type === 'final') return 'final';
  if (s.type === 'parallel') return 'parallel';
  return s.states && Object.keys(s.states).length > 0 ? 'compound' : 'atomic';
}

/** Flattens a machine config into nodes and resolved transitions, mirroring XState's target rules. */
export function buildStateGraph(machine: MachineJson): StateGraph {
  const graph: StateGraph = {
    machineId: machine.id,
    nodes: new Map(),
    order: [],
    transitions: [],
    bySourceEvent: new Map(),
    events: new Set(),
    errors: [],
  };
  const raw = new Map<string, StateJson>();

  const visit = (key: string, state: StateJson, parent: string | undefined, depth: number) => {
    const path = parent ? `${parent}.${key}` : key;
    const kind = kindOf(state);
    const children = Object.keys(state.states ?? {}).map((k) => `${path}.${k}`);
    graph.nodes.set(path, { path, key, parent, kind, children, initial: undefined, meta: state.meta, depth });
    graph.order.push(path);
    raw.set(path, state);
    for (const [k, child] of Object.entries(state.states ?? {})) visit(k, child, path, depth + 1);
    if (kind === 'compound') {
      const initial = state.initial ?? '';
      if (!state.states?.[initial]) graph.errors.push(`Tillståndet "${path}" har inget giltigt starttillstånd ("${initial}").`);
      else graph.nodes.get(path)!.initial = `${path}.${initial}`;
    }
    if (kind === 'final' && (state.on || state.states))
      graph.errors.push(`Sluttillståndet "${path}" får inte ha övergångar eller undertillstånd.`);
  };
  for (const [k, s] of Object.entries(machine.states)) visit(k, s, undefined, 0);
  if (!machine.states[machine.initial]) graph.errors.push(`Processens starttillstånd "${machine.initial}" finns inte.`);

  const resolve = (source: string, target: string): string | undefined => {
    if (target.startsWith('#')) {
      const prefix = `${machine.id}.`;
      const rest = target.slice(1);
      const path = rest.startsWith(prefix) ? rest.slice(prefix.length) : undefined;
      return path !== undefined && graph.nodes.has(path) ? path : undefined;
    }
    if (target.startsWith('.')) {
      const path = `${source}${target}`;
      return graph.nodes.has(path) ? path : undefined;
    }
    const parent = graph.nodes.get(source)?.parent;
    const path = parent ? `${parent}.${target}` : target;
    return graph.nodes.has(path) ? path : undefined;
  };

  for (const path of graph.order) {
    const state = raw.get(path)!;
    const add = (event: string, list: TransitionJson[]) => {
      list.forEach((t, order) => {
        let target: string | undefined;
        if (t.target !== undefined) {
          target = resolve(path, t.target);
          if (target === undefined) graph.errors.push(`Övergången "${event}" från "${path}" pekar på "${t.target}", som inte finns.`);
        }
        const tr: GraphTransition = { source: path, event, target, guard: t.guard, actions: t.actions ?? [], order };
        graph.transitions.push(tr);
        const key = `${path}|${event}`;
        graph.bySourceEvent.set(key, [...(graph.bySourceEvent.get(key) ?? []), tr]);
        if (event !== 'done') graph.events.add(event);
      });
    };
    for (const [event, t] of Object.entries(state.on ?? {})) add(event, asList(t));
    if (state.onDone) add('done', asList(state.onDone));
  }
  return graph;
}

/** The ancestors of a node, nearest first, excluding the node itself. */
export function ancestorsOf(graph: StateGraph, path: string): string[] {
  const out: string[] = [];
  let p = graph.nodes.get(path)?.parent;
  while (p !== undefined) {
    out.push(p);
    p = graph.nodes.get(p)?.parent;
  }
  return out;
}

/** The Swedish title of a node (its meta title, else its key). */
export function titleOf(graph: StateGraph, path: string): string {
  return graph.nodes.get(path)?.meta?.title ?? graph.nodes.get(path)?.key ?? path;
}
