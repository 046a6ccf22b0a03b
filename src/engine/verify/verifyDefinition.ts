import { loadDefinition } from '../definition/loadDefinition';
import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { buildStateGraph, titleOf } from '../definition/StateGraph';
import type { StateGraph } from '../definition/StateGraph';
import type { LegalSkeleton } from '../model/LegalSkeleton';
import type { SchemaValidator } from '../ports/SchemaValidator';
import { initialConfig } from './abstractStep';
import { explore } from './explore';
import type { SearchResult } from './explore';
import { initialMonitor } from './Monitor';
import { STATUS_TITLES } from './recording';
import { narrate, pathTo } from './searchSpace';
import { staticChecks } from './staticChecks';
import type { CounterExampleStep, Violation, VerifyResult } from './Violation';

export interface VerifyEnv {
  catalog: ProcessCatalog;
  validator: SchemaValidator;
}

/** Remembers the last path search of an editing session (see `verifyDefinition`'s `memo`). */
export interface VerifyMemo {
  key?: string;
  lawful?: boolean;
  explored?: number;
  /** The shortest paths the search found, as counter-examples for what the static checks find. */
  ways?: Ways;
}

/** What the path search reads: states, kinds, targets, guards, actions, roles and mandated marks — not texts. */
function searchKey(def: ProcessDefinition): string {
  return JSON.stringify([def.processType, def.machine], (k, v: unknown) => {
    if (k === 'meta' && v && typeof v === 'object') {
      const m = v as { role?: string; mandatedStep?: boolean };
      return { role: m.role, mandatedStep: m.mandatedStep };
    }
    return k === 'description' ? undefined : v;
  });
}

function safeGraph(def: ProcessDefinition): StateGraph | undefined {
  try {
    return def?.machine?.states ? buildStateGraph(def.machine) : undefined;
  } catch {
    return undefined;
  }
}

/** The shortest way the search found to each state, and to each event being sent: counter-examples for static findings. */
interface Ways {
  toState: Map<string, CounterExampleStep[]>;
  byEvent: Map<string, CounterExampleStep[]>;
}

function waysOf(graph: StateGraph, search: SearchResult): Ways {
  const toState = new Map<string, CounterExampleStep[]>();
  // Nodes are in breadth-first order: the first node in a state is reached by a shortest path.
  search.nodes.forEach((node, i) => {
    for (const leaf of node.config)
      for (let p: string | undefined = leaf; p !== undefined; p = graph.nodes.get(p)?.parent)
        if (!toState.has(p)) toState.set(p, pathTo(search.nodes, i));
  });
  const byEvent = new Map([...search.firstStep].map(([event, { parent, step }]) => [event, [...pathTo(search.nodes, parent), step]]));
  return { toState, byEvent };
}

/** Gives a static finding its counter-example: the step or command it concerns being done, else the way into its state. */
function withExample(v: Violation, ways: Ways, graph: StateGraph): Violation {
  if (v.path || (!v.states?.length && !v.event)) return v;
  const path =
    (v.event ? ways.byEvent.get(v.event) : undefined) ?? v.states?.map((s) => ways.toState.get(s)).find((p) => p && p.length > 0);
  if (!path)
    return v.states?.some((s) => ways.toState.has(s))
      ? v
      : { ...v, message: `${v.message} Steget "${titleOf(graph, v.states![0]!)}" kan aldrig nås.` };
  return { ...v, message: `${v.message} Exempel: ${narrate(path)}.`, path };
}

/**
 * Åtgärder that can be added must be followable to the end: some step adding them is reachable, and wherever one
 * is added the commands that report it done and verify it can be reached too.
 */
function atgardLiveness(skeleton: LegalSkeleton, search: SearchResult): Violation[] {
  const rules = skeleton.atgarder;
  if (!rules) return [];
  const added = rules.addedBy.map((e) => search.firstStep.get(e)).find((x) => x !== undefined);
  if (!added)
    return [
      {
        code: 'atgarder_not_tracked',
        message: 'Inget steg eller kommando där åtgärder läggs till i ärendet kan nås, så åtgärder kan aldrig följas upp och verifieras.',
      },
    ];
  const path = [...pathTo(search.nodes, added.parent), added.step];
  return (['genomford', 'verifierad'] as const)
    .filter((status) => !rules.status[status].events.some((e) => search.firstStep.has(e)))
    .map((status) => ({
      code: 'dead_end' as const,
      message:
        `Åtgärder kan läggas till i "${added.step.title}", men ingen åtgärd kan någonsin bli ${STATUS_TITLES[status]}: ärendet ` +
        `kan då inte avslutas med åtgärderna uppföljda. Exempel: ${narrate(path)}.`,
      path,
    }));
}

/**
 * Proves a definition lawful: format and references, the legal skeleton's steps, roles, fields, guards and the
 * fields its rules read, and — by exploring every path of the statechart in product with the skeleton's monitor —
 * that no path reaches a final state without each mandated step in order, by its role, with jäv recorded and
 * every åtgärd tracked, and that no ärende can get stuck. Every finding carries a counter-example where it has a place.
 */
export function verifyDefinition(input: unknown, env: VerifyEnv, memo?: VerifyMemo): VerifyResult {
  const loaded = loadDefinition(input, env.catalog, env.validator, { compile: false });
  const asDef = input as ProcessDefinition;
  const graphProbe = loaded.ok ? loaded.loaded.graph : safeGraph(asDef);
  const empty = { states: graphProbe?.nodes.size ?? 0, transitions: graphProbe?.transitions.length ?? 0, explored: 0 };
  if (!loaded.ok) {
    const violations: Violation[] = loaded.errors.map((message) => ({ code: loaded.stage, message }));
    return { ok: false, violations, stats: empty };
  }
  const { definition, graph } = loaded.loaded;
  const skeleton = loaded.loaded.pack.skeleton;
  const found = staticChecks(definition, graph, skeleton, env.catalog, env.validator);
  const stats = (explored: number, reused?: true) => ({
    states: graph.nodes.size,
    transitions: graph.transitions.length,
    explored,
    ...(reused ? { reused } : {}),
  });

  // The path search depends on structure only: after an edit of titles, help texts, SLAs or forms it is reused.
  const key = memo ? searchKey(definition) : undefined;
  if (memo?.ways && key === memo.key && memo.lawful) {
    const violations = found.map((v) => withExample(v, memo.ways!, graph));
    return { ok: violations.length === 0, violations, stats: stats(memo.explored ?? 0, true) };
  }
  const searched: Violation[] = [];
  const search = explore(
    loaded.loaded,
    skeleton,
    { config: initialConfig(graph, definition.machine.initial), monitor: initialMonitor(skeleton), seen: [] },
    searched,
  );
  const reached = new Set(search.nodes.flatMap((n) => n.config));
  for (const path of graph.order)
    if (graph.nodes.get(path)!.kind === 'final' && !reached.has(path))
      searched.push({ code: 'unreachable_final', message: `Sluttillståndet "${titleOf(graph, path)}" kan aldrig nås.`, states: [path] });
  searched.push(...atgardLiveness(skeleton, search));
  const ways = waysOf(graph, search);
  if (memo) Object.assign(memo, { key, lawful: searched.length === 0, explored: search.nodes.length, ways });
  const violations = [...found.map((v) => withExample(v, ways, graph)), ...searched];
  return { ok: violations.length === 0, violations, stats: stats(search.nodes.length) };
}
