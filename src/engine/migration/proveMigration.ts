import type { LoadedDefinition } from '../definition/loadDefinition';
import { ancestorsOf, titleOf } from '../definition/StateGraph';
import type { StateGraph } from '../definition/StateGraph';
import type { ArendeState } from '../runtime/ArendeState';
import { completeStep, initialMonitor, learnFacts } from '../verify/Monitor';
import { maskOf } from '../model/AtgardMask';
import { explore } from '../verify/explore';
import { activeLeaves, valueFromLeaves } from './leaves';
import { REGION_KEY, withRegionChoices } from './regionChoices';
import type { Violation } from '../verify/Violation';

export { activeLeaves, valueFromLeaves };

export type MigrationProof =
  | { ok: true; mapping: Record<string, string>; value: unknown; leaves: string[] }
  | { ok: false; reasons: string[]; violations: Violation[] };

/** Why a set of leaves is not one legal configuration of the graph (undefined when it is). */
export function configurationProblem(graph: StateGraph, leaves: readonly string[]): string | undefined {
  for (const leaf of leaves) {
    const node = graph.nodes.get(leaf);
    // Named by its title where it has one; a group (not a step) or an unknown place by what it is, never by its path.
    if (!node) return 'Ett av de valda stegen finns inte i den nya versionen. Välj bland stegen i listan.';
    if (node.kind !== 'atomic' && node.kind !== 'final')
      return `${node.meta?.title ? `"${node.meta.title}"` : 'Det valda'} är en grupp av steg, inte ett steg. Välj ett av stegen i den.`;
  }
  const active = new Set(leaves.flatMap((l) => [l, ...ancestorsOf(graph, l)]));
  for (const path of active) {
    const node = graph.nodes.get(path)!;
    const children = node.children.filter((c) => active.has(c));
    if (node.kind === 'parallel' && children.length !== node.children.length)
      return `Alla parallella delar av "${titleOf(graph, path)}" måste ha ett läge.`;
    if (node.kind === 'compound' && children.length !== 1) return `"${titleOf(graph, path)}" kan bara ha ett aktivt steg i taget.`;
  }
  const roots = [...active].filter((p) => !p.includes('.'));
  return roots.length === 1 ? undefined : 'De valda stegen kan inte vara aktiva samtidigt. Välj steg i samma del av processen.';
}

/**
 * Proves that moving an open ärende to `to` with `mapping` (old leaf → new leaf; unmapped leaves keep
 * their path; `spar:<region>` → where that track starts) loses no mandated step done and lets none due be skipped.
 */
export function proveMigration(state: ArendeState, to: LoadedDefinition, requested: Record<string, string>): MigrationProof {
  const from = state.loaded;
  const fail = (...reasons: string[]): MigrationProof => ({ ok: false, reasons, violations: [] });
  if (state.status === 'closed') return fail('Ärendet är avslutat. Avslutade ärenden flyttas inte till en ny version.');
  if (to.definition.id !== from.definition.id) return fail('Ärendet kan bara flyttas till en version av samma process.');
  if (to.definition.version <= from.definition.version)
    return fail(`Ärendet följer redan version ${from.definition.version}; det kan bara flyttas till en nyare version.`);

  const oldLeaves = activeLeaves(from.graph, state.snapshot.value);
  const mapping: Record<string, string> = {};
  const reasons: string[] = [];
  for (const leaf of oldLeaves) {
    const target = requested[leaf] ?? (to.graph.nodes.has(leaf) ? leaf : undefined);
    if (!target)
      reasons.push(
        `Steget "${titleOf(from.graph, leaf)}" finns inte i version ${to.definition.version}. Välj vilket steg ärendet ska fortsätta i.`,
      );
    else mapping[leaf] = target;
  }
  if (reasons.length) return fail(...reasons);
  // A track the mapping leaves without a step starts where the owner chose, else at its beginning (a rescue onto one track).
  const placed = withRegionChoices(to.graph, [...new Set(Object.values(mapping))], requested);
  if (!placed.ok) return fail(placed.reason);
  const leaves = placed.leaves;
  for (const [key, leaf] of Object.entries(requested)) if (key.startsWith(REGION_KEY) && leaf) mapping[key] = leaf;
  const problem = configurationProblem(to.graph, leaves);
  if (problem) return fail(problem);

  // Replay the log's mandated completions through the skeleton's monitor, learning its facts.
  const skeleton = to.pack.skeleton;
  let monitor = initialMonitor(skeleton);
  const done = new Set<string>();
  const seen = new Set<string>();
  for (const e of state.events) {
    monitor = learnFacts(skeleton, monitor, e.type, (e.stepData ?? {}) as Record<string, unknown>, seen);
    seen.add(e.type);
    const key = e.type.endsWith('.submit') ? e.type.slice(0, -'.submit'.length) : undefined;
    if (!key || !skeleton.steps[key]) continue;
    const outcome = completeStep(skeleton, monitor, key);
    if (outcome.ok) monitor = outcome.state;
    done.add(key);
  }
  // The ärende's jäv was recorded when it started; its åtgärder are what they are now.
  monitor = { ...monitor, jav: true, atgarder: maskOf(state.snapshot.context.atgarder.map((a) => a.status)) };
  const activeBefore = new Set(oldLeaves.map((l) => from.graph.nodes.get(l)!.key));
  for (const leaf of leaves) {
    const key = to.graph.nodes.get(leaf)!.key;
    if (done.has(key) && !activeBefore.has(key))
      reasons.push(
        `Det obligatoriska steget "${skeleton.steps[key]!.title}" är redan gjort i ärendet. Att flytta ärendet tillbaka dit ` +
          `skulle ersätta det som redan är dokumenterat.`,
      );
  }
  if (reasons.length) return fail(...reasons);

  const due = skeleton.routes
    .map((route, i) => (monitor.routes[i]! >= 0 ? route.slice(monitor.routes[i]) : []))
    .reduce((a, b) => (a.length <= b.length ? a : b));
  const reachable = reachableKeys(to.graph, leaves);
  const skipped = due.filter((k) => !reachable.has(k) && !done.has(k));
  if (skipped.length)
    return fail(
      ...skipped.map(
        (k) =>
          `Det obligatoriska steget "${skeleton.steps[k]!.title}" är inte gjort och kan inte nås från ` +
          `${leaves.map((l) => `"${titleOf(to.graph, l)}"`).join(', ')}: det skulle hoppas över.`,
      ),
    );

  const violations: Violation[] = [];
  const { nodes } = explore(to, skeleton, { config: leaves, monitor, seen: [...seen] }, violations);
  if (violations.length === 0 && !nodes.some((n) => n.done))
    violations.push({
      code: 'no_final',
      message: `Från ${leaves.map((l) => `"${titleOf(to.graph, l)}"`).join(', ')} kan ärendet aldrig avslutas.`,
    });
  if (violations.length) return { ok: false, reasons: violations.map((v) => v.message), violations };
  return { ok: true, mapping, value: valueFromLeaves(leaves), leaves };
}

/** Step keys reachable from a configuration by following transitions (of the leaves and their ancestors). */
function reachableKeys(graph: StateGraph, leaves: readonly string[]): Set<string> {
  const seen = new Set<string>();
  // Active states only follow their transitions; states entered by a transition also enter their initial children.
  const queue: [string, boolean][] = leaves.flatMap((l) => [l, ...ancestorsOf(graph, l)].map((p): [string, boolean] => [p, false]));
  while (queue.length) {
    const [path, entered] = queue.pop()!;
    const mark = `${path}|${entered}`;
    if (seen.has(mark)) continue;
    seen.add(mark);
    const node = graph.nodes.get(path);
    if (!node) continue;
    if (entered) for (const c of node.children) if (node.kind === 'parallel' || c === node.initial) queue.push([c, true]);
    for (const t of graph.transitions) if (t.source === path && t.target) queue.push([t.target, true]);
  }
  return new Set([...seen].map((m) => graph.nodes.get(m.split('|')[0]!)?.key ?? ''));
}
