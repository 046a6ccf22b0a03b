import type { Tri } from '../behaviour/guards';
import { leafGuards, OtherValue, requiredRoleOf } from '../behaviour/guards';
import type { LoadedDefinition } from '../definition/loadDefinition';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { ancestorsOf, titleOf } from '../definition/StateGraph';
import type { GraphTransition, StateGraph } from '../definition/StateGraph';
import type { LegalSkeleton } from '../model/LegalSkeleton';
import { ROLE_TITLES, ROLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { Config } from './abstractStep';
import type { MonitorState } from './Monitor';
import type { CounterExampleStep } from './Violation';

/** One explored point: where the statechart is, what the skeleton's monitor knows, and how it was reached. */
export interface SearchNode {
  config: Config;
  monitor: MonitorState;
  /** Event types seen on the path (sorted), for exact `hasStep`. */
  seen: readonly string[];
  done: boolean;
  parent: number;
  step: CounterExampleStep | undefined;
}

/** What the search reads of a definition, computed once per search. */
export interface SearchSpace {
  loaded: LoadedDefinition;
  skeleton: LegalSkeleton;
  events: string[];
  roles: Map<string, RoleId[]>;
  titles: Map<string, string>;
  branches: Map<string, Record<string, unknown>[]>;
  /** Events some guard or order fact asks about: only these are remembered in `seen`. */
  remembered: Set<string>;
  enabledEvents(config: Config): string[];
}

function rolesFor(graph: StateGraph, event: string): RoleId[] {
  const roles = new Set<RoleId>();
  for (const t of graph.transitions)
    if (t.event === event) {
      const r = requiredRoleOf(t.guard);
      if (r) roles.add(r);
    }
  const other = ROLES.find((r) => !roles.has(r));
  return other ? [...roles, other] : [...roles];
}

function dataBranches(skeleton: LegalSkeleton, event: string): Record<string, unknown>[] {
  let branches: Record<string, unknown>[] = [{}];
  for (const f of Object.values(skeleton.facts)) {
    if (!f.events.includes(event) || 'absent' in f) continue;
    branches = branches.flatMap((b) => [
      { ...b, [f.path]: f.equals },
      { ...b, [f.path]: new OtherValue(f.equals) },
    ]);
  }
  return branches;
}

/** The title a step or command is shown by in counter-examples. */
export function stepTitle(def: ProcessDefinition, graph: StateGraph, event: string): string {
  if (event.endsWith('.submit')) {
    const key = event.slice(0, -'.submit'.length);
    const path = graph.order.find((p) => graph.nodes.get(p)!.key === key);
    if (path) return titleOf(graph, path);
  }
  return def.commands[event]?.title ?? event;
}

export function searchSpace(loaded: LoadedDefinition, skeleton: LegalSkeleton): SearchSpace {
  const { definition, graph } = loaded;
  const events = [...graph.events];
  const remembered = new Set([
    ...graph.transitions.flatMap((t) =>
      leafGuards(t.guard)
        .filter((g) => ['hasStep', 'lacksStep', 'stepEquals'].includes(g.type))
        .map((g) => String(g.params?.event)),
    ),
    ...Object.values(skeleton.facts).flatMap((f) => ('absent' in f ? [f.absent] : [])),
  ]);
  // Only events some active state (or its ancestor) listens to can move a configuration: skip the rest.
  const listening = new Map<string, Set<string>>();
  for (const t of graph.transitions)
    if (t.event !== 'done') (listening.get(t.source) ?? listening.set(t.source, new Set()).get(t.source)!).add(t.event);
  const enabledCache = new Map<string, string[]>();
  const enabledEvents = (config: Config): string[] => {
    const key = config.join(',');
    let list = enabledCache.get(key);
    if (!list) {
      const heard = new Set<string>();
      for (const leaf of config) for (const p of [leaf, ...ancestorsOf(graph, leaf)]) for (const e of listening.get(p) ?? []) heard.add(e);
      enabledCache.set(key, (list = events.filter((e) => heard.has(e))));
    }
    return list;
  };
  return {
    loaded,
    skeleton,
    events,
    roles: new Map(events.map((e) => [e, rolesFor(graph, e)])),
    titles: new Map(events.map((e) => [e, stepTitle(definition, graph, e)])),
    branches: new Map(events.map((e) => [e, dataBranches(skeleton, e)])),
    remembered,
    enabledEvents,
  };
}

export function describeData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v instanceof OtherValue ? 'annat värde' : v]));
}

export function pathTo(nodes: readonly SearchNode[], index: number): CounterExampleStep[] {
  const steps: CounterExampleStep[] = [];
  for (let i = index; i >= 0 && nodes[i]!.step; i = nodes[i]!.parent) steps.unshift(nodes[i]!.step!);
  return steps;
}

export function narrate(steps: readonly CounterExampleStep[]): string {
  return steps.map((s) => `${s.title} (${ROLE_TITLES[s.role]})`).join(' → ');
}

/**
 * A value an earlier step recorded, as far as the path knows it: exact for a skeleton fact that only its own
 * event decides (e.g. whether the skyddsombud takes part); undefined when no fact tracks it.
 */
export function recordedValue(
  skeleton: LegalSkeleton,
  monitor: MonitorState,
  seen: ReadonlySet<string>,
  event: string,
  path: string,
  value: unknown,
): Tri | undefined {
  const hit = Object.entries(skeleton.facts).find(
    ([, f]) => !('absent' in f) && f.path === path && f.decidedBy === event && f.events.length === 1 && f.events[0] === event,
  );
  if (!hit) return undefined;
  if (!seen.has(event)) return false;
  const [name, fact] = hit as [string, { equals: unknown }];
  const same = JSON.stringify(value) === JSON.stringify(fact.equals);
  return monitor.facts.includes(name) ? same : same ? false : 'unknown';
}

/** The mandated step a transition's event completes, if any. */
export function mandatedKey(skeleton: LegalSkeleton, t: GraphTransition): string | undefined {
  if (!t.event.endsWith('.submit')) return undefined;
  const key = t.event.slice(0, -'.submit'.length);
  return skeleton.steps[key] ? key : undefined;
}
