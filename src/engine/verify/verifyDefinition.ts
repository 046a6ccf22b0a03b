import type { AbstractEvent, Tri } from '../behaviour/guards';
import { leafGuards, OtherValue, requiredRoleOf } from '../behaviour/guards';
import { loadDefinition } from '../definition/loadDefinition';
import type { LoadedDefinition } from '../definition/loadDefinition';
import type { ProcessCatalog } from '../definition/ProcessCatalog';
import type { NamedRef, ProcessDefinition } from '../definition/ProcessDefinition';
import { ancestorsOf, buildStateGraph, titleOf } from '../definition/StateGraph';
import type { GraphTransition, StateGraph } from '../definition/StateGraph';
import type { LegalSkeleton } from '../legal/LegalSkeleton';
import { submitEventOf } from '../legal/LegalSkeleton';
import { SKELETONS } from '../legal/skeletons';
import { ROLE_TITLES, ROLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { SchemaValidator } from '../ports/SchemaValidator';
import { abstractStep, initialConfig } from './abstractStep';
import { dateChecks } from './dateChecks';
import type { Config } from './abstractStep';
import { missingRequiredPath } from './requiredPath';
import { completeStep, initialMonitor, learnFacts, missingAtEnd, monitorKey, stopProblem } from './Monitor';
import type { MonitorState } from './Monitor';
import type { CounterExampleStep, Violation, VerifyResult } from './Violation';

export interface VerifyEnv {
  catalog: ProcessCatalog;
  validator: SchemaValidator;
}

export interface SearchNode {
  config: Config;
  monitor: MonitorState;
  /** Event types seen on the path (sorted), for exact `hasStep`. */
  seen: readonly string[];
  done: boolean;
  parent: number;
  step: CounterExampleStep | undefined;
}

function guardMatches(actual: NamedRef, wanted: NamedRef): boolean {
  if (actual.type !== wanted.type) return false;
  return Object.entries(wanted.params ?? {}).every(([k, v]) => JSON.stringify(actual.params?.[k]) === JSON.stringify(v));
}

/** One violation per field the law requires that a step's (or stop's) form does not (several paths may name one field). */
function missingFields(schema: Record<string, unknown> | undefined, fields: readonly string[] | undefined, title: string, states?: string[]): Violation[] {
  const named = new Set((fields ?? []).map((f) => missingRequiredPath(schema, f)).filter((m): m is string => m !== undefined));
  return [...named].map((missing) => ({
    code: 'missing_required_field',
    message: `Formuläret för "${title}" måste ha det obligatoriska fältet "${missing}" som krävt fält.`,
    ...(states ? { states } : {}),
  }));
}

function staticChecks(def: ProcessDefinition, graph: StateGraph, skeleton: LegalSkeleton, catalog: ProcessCatalog): Violation[] {
  const out: Violation[] = [];
  const byKey = new Map<string, string>();
  for (const path of graph.order) byKey.set(graph.nodes.get(path)!.key, path);
  for (const step of Object.values(skeleton.steps)) {
    const path = byKey.get(step.key);
    const roleTitle = ROLE_TITLES[step.role];
    if (!path) {
      out.push({ code: 'mandated_step_missing', message: `Det obligatoriska steget "${step.title}" (${roleTitle}) saknas i processen. Obligatoriska steg får inte tas bort.` });
      continue;
    }
    const meta = graph.nodes.get(path)!.meta;
    if (meta?.mandatedStep !== true)
      out.push({ code: 'mandated_step_changed', message: `Steget "${step.title}" måste vara markerat som obligatoriskt.`, states: [path] });
    if (meta?.role !== step.role)
      out.push({
        code: 'wrong_role',
        message: `Steget "${step.title}" ska utföras av ${roleTitle}, men definitionen anger ${meta?.role ? ROLE_TITLES[meta.role] : 'ingen roll'}. Ansvarig roll för ett obligatoriskt steg får inte ändras.`,
        states: [path],
      });
    const schema = meta?.form ? catalog.forms[meta.form]?.schema : undefined;
    out.push(...missingFields(schema, step.requiredFields, step.title, [path]));
    const completions = graph.transitions.filter((t) => t.event === submitEventOf(step.key) && t.source === path);
    if (completions.length === 0)
      out.push({ code: 'mandated_step_changed', message: `Steget "${step.title}" har ingen övergång som slutför det.`, states: [path] });
    for (const t of completions) {
      const leaves = leafGuards(t.guard);
      if (step.independent && !leaves.some((g) => g.type === 'isIndependent'))
        out.push({ code: 'missing_guard', message: `Steget "${step.title}" måste spärras för rapportören och inblandade personer (jäv).`, states: [path] });
      for (const wanted of step.requiredGuards ?? [])
        if (!leaves.some((g) => guardMatches(g, wanted)))
          out.push({ code: 'missing_guard', message: `Steget "${step.title}" saknar ett lagstadgat villkor: ${wanted.type}.`, states: [path] });
    }
  }
  for (const ob of skeleton.obligations ?? []) {
    const path = byKey.get(ob.step);
    if (!path) continue; // the missing step is reported above
    const specs = graph.nodes.get(path)!.meta?.obligations ?? [];
    // Never longer than the law: whole months up to its number, or at most as many days as its shortest months have.
    const notLonger = (months: number, days: number) =>
      ob.months === undefined ? months === 0 && days <= (ob.days ?? 0) : months + days > 0 && (days === 0 ? months <= ob.months : months * 31 + days <= ob.months * 28);
    const kept = specs.some(
      (o) => 'event' in o.from && o.from.event === ob.from.event && o.from.path === ob.from.path && o.metBy === ob.metBy && notLonger(o.months ?? 0, o.days ?? 0),
    );
    if (!kept)
      out.push({
        code: 'missing_obligation',
        message: `Steget "${skeleton.steps[ob.step]?.title ?? ob.step}" måste ha lagens tidskrav: ${ob.title}. Tidskravet får inte tas bort, förlängas eller räknas från något annat.`,
        states: [path],
      });
  }
  for (const event of skeleton.independentEvents ?? [])
    for (const t of graph.transitions.filter((x) => x.event === event))
      if (!leafGuards(t.guard).some((g) => g.type === 'isIndependent'))
        out.push({
          code: 'missing_guard',
          message: `"${def.commands[event]?.title ?? event}" måste spärras för rapportören och inblandade personer (jäv).`,
          states: [t.source],
        });
  for (const stop of skeleton.stops ?? []) {
    const ends = graph.transitions.filter((t) => t.event === stop.event && t.target !== undefined && graph.nodes.get(t.target)?.kind === 'final');
    if (ends.length === 0) {
      out.push({ code: 'mandated_step_missing', message: `Processen måste kunna avslutas genom "${stop.title}" (${ROLE_TITLES[stop.role]}). Den vägen får inte tas bort.` });
      continue;
    }
    for (const t of ends)
      if (requiredRoleOf(t.guard) !== stop.role)
        out.push({ code: 'wrong_role', message: `"${stop.title}" ska utföras av ${ROLE_TITLES[stop.role]} och ingen annan.`, states: [t.source] });
    const form = def.commands[stop.event]?.form;
    out.push(...missingFields(form ? catalog.forms[form]?.schema : undefined, stop.requiredFields, stop.title));
  }
  out.push(...dateChecks(def, graph, skeleton, catalog));
  if (def.processType !== skeleton.processType) out.push({ code: 'reference', message: 'Processtypen stämmer inte med lagskelettet.' });
  return out;
}

function rolesFor(graph: StateGraph, event: string): RoleId[] {
  const roles = new Set<RoleId>();
  for (const t of graph.transitions) if (t.event === event) {
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
    branches = branches.flatMap((b) => [{ ...b, [f.path]: f.equals }, { ...b, [f.path]: new OtherValue(f.equals) }]);
  }
  return branches;
}

function describeData(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v instanceof OtherValue ? 'annat värde' : v]));
}

function pathTo(nodes: SearchNode[], index: number): CounterExampleStep[] {
  const steps: CounterExampleStep[] = [];
  for (let i = index; i >= 0 && nodes[i]!.step; i = nodes[i]!.parent) steps.unshift(nodes[i]!.step!);
  return steps;
}

function narrate(steps: CounterExampleStep[]): string {
  return steps.map((s) => `${s.title} (${ROLE_TITLES[s.role]})`).join(' → ');
}

/**
 * Proves a definition lawful: format and references, the legal skeleton's steps, roles, fields and
 * guards, and — by exploring every path of the statechart in product with the skeleton's monitor —
 * that no path reaches a final state without each mandated step in order, by its role.
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
  const skeleton = SKELETONS[definition.processType];
  const violations = staticChecks(definition, graph, skeleton, env.catalog);

  // The path search depends on structure only: after an edit of titles, help texts, SLAs or forms it is reused.
  const key = memo ? searchKey(definition) : undefined;
  if (memo && key === memo.key && memo.lawful)
    return { ok: violations.length === 0, violations, stats: { states: graph.nodes.size, transitions: graph.transitions.length, explored: memo.explored ?? 0, reused: true } };
  const before = violations.length;
  const nodes = explore(loaded.loaded, skeleton, { config: initialConfig(graph, definition.machine.initial), monitor: initialMonitor(skeleton), seen: [] }, violations);
  const reached = new Set(nodes.flatMap((n) => n.config));
  for (const path of graph.order)
    if (graph.nodes.get(path)!.kind === 'final' && !reached.has(path))
      violations.push({ code: 'unreachable_final', message: `Sluttillståndet "${titleOf(graph, path)}" kan aldrig nås.`, states: [path] });
  if (memo) Object.assign(memo, { key, lawful: violations.length === before, explored: nodes.length });

  return { ok: violations.length === 0, violations, stats: { states: graph.nodes.size, transitions: graph.transitions.length, explored: nodes.length } };
}

/** Remembers the last path search of an editing session (see `verifyDefinition`'s `memo`). */
export interface VerifyMemo {
  key?: string;
  lawful?: boolean;
  explored?: number;
}

/** What the path search reads: states, kinds, targets, guards, roles and mandated marks — not texts. */
function searchKey(def: ProcessDefinition): string {
  return JSON.stringify([def.processType, def.machine], (k, v: unknown) => {
    if (k === 'meta' && v && typeof v === 'object') {
      const m = v as { role?: string; mandatedStep?: boolean };
      return { role: m.role, mandatedStep: m.mandatedStep };
    }
    return k === 'description' ? undefined : v;
  });
}

/**
 * A value an earlier step recorded, as far as the path knows it: exact for a skeleton fact that only its own
 * event decides (e.g. whether the skyddsombud takes part); undefined when no fact tracks it.
 */
function recordedValue(skeleton: LegalSkeleton, monitor: MonitorState, seen: ReadonlySet<string>, event: string, path: string, value: unknown): Tri | undefined {
  const hit = Object.entries(skeleton.facts).find(([, f]) => !('absent' in f) && f.path === path && f.decidedBy === event && f.events.length === 1 && f.events[0] === event);
  if (!hit) return undefined;
  if (!seen.has(event)) return false;
  const [name, fact] = hit as [string, { equals: unknown }];
  const same = JSON.stringify(value) === JSON.stringify(fact.equals);
  return monitor.facts.includes(name) ? same : same ? false : 'unknown';
}

function mandatedKey(skeleton: LegalSkeleton, t: GraphTransition): string | undefined {
  if (!t.event.endsWith('.submit')) return undefined;
  const key = t.event.slice(0, -'.submit'.length);
  return skeleton.steps[key] ? key : undefined;
}

function stepTitle(def: ProcessDefinition, graph: StateGraph, event: string): string {
  if (event.endsWith('.submit')) {
    const key = event.slice(0, -'.submit'.length);
    const path = graph.order.find((p) => graph.nodes.get(p)!.key === key);
    if (path) return titleOf(graph, path);
  }
  return def.commands[event]?.title ?? event;
}

function safeGraph(def: ProcessDefinition): StateGraph | undefined {
  try {
    return def?.machine?.states ? buildStateGraph(def.machine) : undefined;
  } catch {
    return undefined;
  }
}

/** Where a search starts: the initial configuration, or an ärende's place when a migration is proved. */
export interface SearchStart {
  config: Config;
  monitor: MonitorState;
  /** Event types already seen (for `hasStep` guards). */
  seen: readonly string[];
}

/**
 * Explores every path from `start` in product with the skeleton's monitor, pushing violations
 * (order, role, skipped and conditional steps, dead ends); returns the explored nodes.
 */
export function explore(loaded: LoadedDefinition, skeleton: LegalSkeleton, start: SearchStart, violations: Violation[]): SearchNode[] {
  const { definition, graph } = loaded;
  const nodes: SearchNode[] = [];
  const index = new Map<string, number>();
  const edges: [number, number][] = [];
  const reported = new Set<string>();
  const report = (v: Violation, dedupe: string) => {
    if (reported.has(dedupe)) return;
    reported.add(dedupe);
    violations.push(v);
  };
  const add = (n: SearchNode): number => {
    const key = `${n.config.join(',')}|${n.done ? 'done' : ''}|${monitorKey(n.monitor)}|${n.seen.join(',')}`;
    const existing = index.get(key);
    if (existing !== undefined) return existing;
    nodes.push(n);
    index.set(key, nodes.length - 1);
    return nodes.length - 1;
  };
  add({ config: start.config, monitor: start.monitor, seen: [...start.seen].sort(), done: false, parent: -1, step: undefined });
  const events = [...graph.events];
  // Only events some guard (hasStep, lacksStep) or an order fact asks about are worth remembering: fewer states, same verdict.
  const remembered = new Set([
    ...graph.transitions.flatMap((t) => leafGuards(t.guard).filter((g) => ['hasStep', 'lacksStep', 'stepEquals'].includes(g.type)).map((g) => String(g.params?.event))),
    ...Object.values(skeleton.facts).flatMap((f) => ('absent' in f ? [f.absent] : [])),
  ]);
  const roles = new Map(events.map((e) => [e, rolesFor(graph, e)]));
  const titles = new Map(events.map((e) => [e, stepTitle(definition, graph, e)]));
  // Only events some active state (or its ancestor) listens to can move a configuration: skip the rest.
  const listening = new Map<string, Set<string>>();
  for (const t of graph.transitions) if (t.event !== 'done') (listening.get(t.source) ?? listening.set(t.source, new Set()).get(t.source)!).add(t.event);
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
  const branches = new Map(events.map((e) => [e, dataBranches(skeleton, e)]));

  for (let i = 0; i < nodes.length && nodes.length < 200_000; i++) {
    const node = nodes[i]!;
    if (node.done) continue;
    const seenSet = new Set(node.seen);
    for (const type of enabledEvents(node.config)) for (const role of roles.get(type)!) for (const data of branches.get(type)!) {
      const ev: AbstractEvent = { type, role, data, seen: seenSet, recorded: (e, path, value) => recordedValue(skeleton, node.monitor, seenSet, e, path, value) };
      for (const succ of abstractStep(graph, node.config, ev)) {
        const step: CounterExampleStep = {
          event: type,
          title: titles.get(type)!,
          role,
          data: describeData(data),
          states: [...succ.config],
          transitions: succ.taken.map((t) => `${t.source} → ${t.target ?? t.source}`),
        };
        let monitor = learnFacts(skeleton, node.monitor, type, data, seenSet);
        let bad: Violation | undefined;
        for (const t of succ.taken) {
          const stepKey = mandatedKey(skeleton, t);
          if (!stepKey) continue;
          const mandated = skeleton.steps[stepKey]!;
          if (graph.nodes.get(t.source)?.key !== stepKey) {
            // Only the step's own state completes it; elsewhere its event may react only while the step is active.
            if (!node.config.some((l) => graph.nodes.get(l)?.key === stepKey))
              bad = { code: 'wrong_order', message: `Händelsen för steget "${mandated.title}" tas emot i "${titleOf(graph, t.source)}" fast steget "${mandated.title}" inte är aktuellt.` };
            if (bad) break;
            continue;
          }
          if (role !== mandated.role) {
            bad = { code: 'wrong_role', message: `Steget "${mandated.title}" kan utföras av ${ROLE_TITLES[role]}, men det ska utföras av ${ROLE_TITLES[mandated.role]}.` };
            break;
          }
          const outcome = completeStep(skeleton, monitor, stepKey);
          if (!outcome.ok) {
            bad = { code: outcome.code, message: outcome.message };
            break;
          }
          monitor = outcome.state;
        }
        // The counter-example path is built only when there is something to report.
        const pathOf = () => [...pathTo(nodes, i), step];
        if (bad) {
          const path = pathOf();
          report({ ...bad, message: `${bad.message} Exempel: ${narrate(path)}.`, path, states: step.states }, `${bad.code}|${bad.message}`);
          continue;
        }
        if (succ.done) {
          const stop = skeleton.stops?.find((x) => x.event === type);
          const missing = stop ? stopProblem(skeleton, monitor, stop, role) : missingAtEnd(skeleton, monitor);
          if (missing) {
            const path = pathOf();
            report(
              { code: stop ? (role === stop.role ? 'skipped_step' : 'wrong_role') : missing.includes('utan de obligatoriska') ? 'skipped_step' : 'conditional_step_skipped', message: `${missing} Exempel: ${narrate(path)}.`, path, states: step.states },
              `end|${missing}`,
            );
            continue;
          }
        }
        const seen = seenSet.has(type) || !remembered.has(type) ? node.seen : [...node.seen, type].sort();
        const j = add({ config: succ.config, monitor, seen, done: succ.done, parent: i, step });
        edges.push([i, j]);
      }
    }
  }

  // Every non-final node must be able to reach an end; every final state must be reachable.
  const reverse = new Map<number, number[]>();
  for (const [a, b] of edges) reverse.set(b, [...(reverse.get(b) ?? []), a]);
  const canEnd = new Set<number>();
  const queue = nodes.map((n, i) => (n.done ? i : -1)).filter((i) => i >= 0);
  for (const i of queue) canEnd.add(i);
  while (queue.length) for (const p of reverse.get(queue.pop()!) ?? []) if (!canEnd.has(p)) { canEnd.add(p); queue.push(p); }
  if (!nodes.some((n) => n.done)) {
    // Show the path that gets furthest before it stops: that is where the process breaks.
    const furthest = nodes.reduce((best, _n, i) => (pathTo(nodes, i).length > pathTo(nodes, best).length ? i : best), 0);
    const path = pathTo(nodes, furthest);
    const where = nodes[furthest]!.config.map((p) => `"${titleOf(graph, p)}"`).join(', ');
    violations.push({
      code: 'no_final',
      message: `Processen kan aldrig avslutas på ett lagligt sätt. Längst når ärendet ${where}. Exempel: ${narrate(path) || 'direkt från start'}.`,
      path,
      states: [...nodes[furthest]!.config],
    });
  } else {
    const stuck = nodes.findIndex((n, i) => !n.done && !canEnd.has(i));
    if (stuck >= 0) {
      const path = pathTo(nodes, stuck);
      const where = nodes[stuck]!.config.map((p) => `"${titleOf(graph, p)}"`).join(', ');
      violations.push({ code: 'dead_end', message: `Ärendet kan fastna i ${where} utan väg till avslut. Exempel: ${narrate(path) || 'direkt från start'}.`, path, states: [...nodes[stuck]!.config] });
    }
  }
  return nodes;
}
