import type { AbstractEvent } from '../behaviour/guards';
import type { LoadedDefinition } from '../definition/loadDefinition';
import { titleOf } from '../definition/StateGraph';
import type { StateGraph } from '../definition/StateGraph';
import type { LegalSkeleton } from '../model/LegalSkeleton';
import { ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import { abstractStep } from './abstractStep';
import type { AbstractSuccessor, Config } from './abstractStep';
import { completeStep, learnFacts, missingAtEnd, monitorKey, stopProblem } from './Monitor';
import type { MonitorState } from './Monitor';
import { atgardEffects, javGap, losesAtgarder, recordsJav, statusProblem } from './recording';
import { describeData, mandatedKey, narrate, pathTo, recordedValue, searchSpace } from './searchSpace';
import type { SearchNode, SearchSpace } from './searchSpace';
import type { CounterExampleStep, Violation } from './Violation';

export type { SearchNode } from './searchSpace';

/** Where a search starts: the initial configuration, or an ärende's place when a migration is proved. */
export interface SearchStart {
  config: Config;
  monitor: MonitorState;
  /** Event types already seen (for `hasStep` guards). */
  seen: readonly string[];
}

/** The explored nodes, and for each event the first step that sent it (counter-examples for static findings). */
export interface SearchResult {
  nodes: SearchNode[];
  firstStep: Map<string, { parent: number; step: CounterExampleStep }>;
}

type Problem = Pick<Violation, 'code' | 'message'>;

/**
 * Feeds the transitions one event took through the skeleton's rules: the monitors it may leave with what the
 * definition fails to record on the way (`findings`: reported, the path goes on), or what breaks the path (`bad`).
 */
function walkTaken(
  space: SearchSpace,
  node: SearchNode,
  succ: AbstractSuccessor,
  role: RoleId,
  monitor: MonitorState,
): { monitors: MonitorState[]; findings: Problem[] } | { bad: Problem } {
  const { skeleton, loaded } = space;
  const { graph } = loaded;
  const title = (event: string) => space.titles.get(event) ?? event;
  let masks = [monitor.atgarder];
  let jav = monitor.jav;
  const findings: Problem[] = [];
  for (const t of succ.taken) {
    if (skeleton.jav?.event === t.event && recordsJav(t, skeleton.jav)) jav = true;
    if (losesAtgarder(t, skeleton))
      findings.push({
        code: 'atgarder_not_tracked',
        message:
          `Åtgärderna i "${title(t.event)}" förs aldrig in i ärendets åtgärdslista, så de kan inte följas upp och "varje åtgärd ` +
          `verifierad" gäller utan att någon åtgärd har verifierats.`,
      });
    const status = skeleton.atgarder ? statusProblem(t, skeleton.atgarder, title) : undefined;
    if (status) findings.push({ code: 'atgard_status', message: status });
    masks = [...new Set(masks.flatMap((m) => atgardEffects(t, m)))];
    const stepKey = mandatedKey(skeleton, t);
    const judges =
      (stepKey !== undefined && skeleton.steps[stepKey]!.independent === true && graph.nodes.get(t.source)?.key === stepKey) ||
      (skeleton.independentEvents ?? []).includes(t.event);
    if (judges && !jav && skeleton.jav)
      findings.push({
        code: 'jav_not_recorded',
        message: `"${title(t.event)}" kan utföras av rapportören själv eller någon inblandad: ${javGap(graph, skeleton.jav, title)}`,
      });
    if (!stepKey) continue;
    const mandated = skeleton.steps[stepKey]!;
    if (graph.nodes.get(t.source)?.key !== stepKey) {
      // Only the step's own state completes it; elsewhere its event may react only while the step is active.
      if (!node.config.some((l) => graph.nodes.get(l)?.key === stepKey))
        return {
          bad: {
            code: 'wrong_order',
            message:
              `Händelsen för steget "${mandated.title}" tas emot i "${titleOf(graph, t.source)}" fast steget "${mandated.title}" ` +
              `inte är aktuellt.`,
          },
        };
      continue;
    }
    if (role !== mandated.role)
      return {
        bad: {
          code: 'wrong_role',
          message: `Steget "${mandated.title}" kan utföras av ${ROLE_TITLES[role]}, men det ska utföras av ${ROLE_TITLES[mandated.role]}.`,
        },
      };
    const outcome = completeStep(skeleton, monitor, stepKey);
    if (!outcome.ok) return { bad: { code: outcome.code, message: outcome.message } };
    monitor = outcome.state;
  }
  return { monitors: masks.map((atgarder) => ({ ...monitor, jav, atgarder })), findings };
}

/** What makes reaching a final state by this event unlawful, or undefined. */
function endProblem(skeleton: LegalSkeleton, type: string, role: RoleId, monitor: MonitorState): Problem | undefined {
  const stop = skeleton.stops?.find((x) => x.event === type);
  const missing = stop ? stopProblem(skeleton, monitor, stop, role) : missingAtEnd(skeleton, monitor);
  if (!missing) return undefined;
  const code = stop
    ? role === stop.role
      ? 'skipped_step'
      : 'wrong_role'
    : missing.includes('utan de obligatoriska')
      ? 'skipped_step'
      : 'conditional_step_skipped';
  return { code, message: missing };
}

/**
 * Explores every path from `start` in product with the skeleton's monitor, pushing violations
 * (order, role, skipped and conditional steps, jäv and åtgärder not recorded, dead ends).
 */
export function explore(loaded: LoadedDefinition, skeleton: LegalSkeleton, start: SearchStart, violations: Violation[]): SearchResult {
  const { graph } = loaded;
  const space = searchSpace(loaded, skeleton);
  const nodes: SearchNode[] = [];
  const index = new Map<string, number>();
  const edges: [number, number][] = [];
  const firstStep = new Map<string, { parent: number; step: CounterExampleStep }>();
  const reported = new Set<string>();
  const report = (bad: Problem, path: CounterExampleStep[], states: string[], dedupe = `${bad.code}|${bad.message}`) => {
    if (reported.has(dedupe)) return;
    reported.add(dedupe);
    violations.push({ ...bad, message: `${bad.message} Exempel: ${narrate(path)}.`, path, states });
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

  for (let i = 0; i < nodes.length && nodes.length < 200_000; i++) {
    const node = nodes[i]!;
    if (node.done) continue;
    const seenSet = new Set(node.seen);
    for (const type of space.enabledEvents(node.config))
      for (const role of space.roles.get(type)!)
        for (const data of space.branches.get(type)!) {
          const ev: AbstractEvent = {
            type,
            role,
            data,
            seen: seenSet,
            atgarder: node.monitor.atgarder,
            recorded: (e, path, value) => recordedValue(skeleton, node.monitor, seenSet, e, path, value),
          };
          for (const succ of abstractStep(graph, node.config, ev, loaded.guards)) {
            const step: CounterExampleStep = {
              event: type,
              title: space.titles.get(type)!,
              role,
              data: describeData(data),
              states: [...succ.config],
              transitions: succ.taken.map((t) => `${t.source} → ${t.target ?? t.source}`),
            };
            if (!firstStep.has(type)) firstStep.set(type, { parent: i, step });
            // The counter-example path is built only when there is something to report.
            const pathOf = () => [...pathTo(nodes, i), step];
            const walked = walkTaken(space, node, succ, role, learnFacts(skeleton, node.monitor, type, data, seenSet));
            if ('bad' in walked) {
              report(walked.bad, pathOf(), step.states);
              continue;
            }
            // One counter-example of jäv not recorded says it all; every other finding once per message.
            for (const f of walked.findings) report(f, pathOf(), step.states, f.code === 'jav_not_recorded' ? f.code : undefined);
            const seen = seenSet.has(type) || !space.remembered.has(type) ? node.seen : [...node.seen, type].sort();
            for (const monitor of walked.monitors) {
              const ended = succ.done ? endProblem(skeleton, type, role, monitor) : undefined;
              if (ended) {
                report(ended, pathOf(), step.states, `end|${ended.message}`);
                continue;
              }
              edges.push([i, add({ config: succ.config, monitor, seen, done: succ.done, parent: i, step })]);
            }
          }
        }
  }
  violations.push(...liveness(graph, nodes, edges));
  return { nodes, firstStep };
}

/** Every non-final node must be able to reach an end: the furthest stop, or the first place an ärende gets stuck. */
function liveness(graph: StateGraph, nodes: readonly SearchNode[], edges: readonly [number, number][]): Violation[] {
  const reverse = new Map<number, number[]>();
  for (const [a, b] of edges) reverse.set(b, [...(reverse.get(b) ?? []), a]);
  const canEnd = new Set<number>();
  const queue = nodes.map((n, i) => (n.done ? i : -1)).filter((i) => i >= 0);
  for (const i of queue) canEnd.add(i);
  while (queue.length)
    for (const p of reverse.get(queue.pop()!) ?? [])
      if (!canEnd.has(p)) {
        canEnd.add(p);
        queue.push(p);
      }
  const where = (i: number) => nodes[i]!.config.map((p) => `"${titleOf(graph, p)}"`).join(', ');
  if (!nodes.some((n) => n.done)) {
    // Show the path that gets furthest before it stops: that is where the process breaks.
    const furthest = nodes.reduce((best, _n, i) => (pathTo(nodes, i).length > pathTo(nodes, best).length ? i : best), 0);
    const path = pathTo(nodes, furthest);
    return [
      {
        code: 'no_final',
        message:
          `Processen kan aldrig avslutas på ett lagligt sätt. Längst når ärendet ${where(furthest)}. Exempel: ` +
          `${narrate(path) || 'direkt från start'}.`,
        path,
        states: [...nodes[furthest]!.config],
      },
    ];
  }
  const stuck = nodes.findIndex((n, i) => !n.done && !canEnd.has(i));
  if (stuck < 0) return [];
  const path = pathTo(nodes, stuck);
  // Åtgärder that no path from here can verify are the usual cause: say so when it is the case.
  const atgarder = neverVerified(nodes, edges, stuck)
    ? ' Där finns åtgärder som inte är verifierade, och ingen väg därifrån leder till att de blir verifierade.'
    : '';
  return [
    {
      code: 'dead_end',
      message: `Ärendet kan fastna i ${where(stuck)} utan väg till avslut.${atgarder} Exempel: ${narrate(path) || 'direkt från start'}.`,
      path,
      states: [...nodes[stuck]!.config],
    },
  ];
}

/** From this node, are unverified åtgärder left on every path (no reachable node has none)? */
function neverVerified(nodes: readonly SearchNode[], edges: readonly [number, number][], from: number): boolean {
  const next = new Map<number, number[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const i = queue.pop()!;
    if (nodes[i]!.monitor.atgarder === 0) return false;
    for (const j of next.get(i) ?? [])
      if (!seen.has(j)) {
        seen.add(j);
        queue.push(j);
      }
  }
  return true;
}
