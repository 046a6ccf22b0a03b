import type { ProcessDefinition } from '../model/ProcessDefinition';
import { buildStateGraph } from '../definition/StateGraph';
import type { StateGraph } from '../definition/StateGraph';
import { OPEN_EVENT } from '../model/ArendeEvent';
import type { AtgardStatus } from '../model/ArendeContext';

/**
 * One obligation of a definition, rewritten so the fold can judge it from event types alone:
 * which events may enter its state and which meets it.
 */
export interface ObligationRule {
  id: string;
  title: string;
  kind: 'sla' | 'legal';
  days: number;
  months: number;
  workingDays: boolean;
  metBy: string;
  /** Set when the clock starts at the latest event of this type rather than at entry. */
  fromEvent: string | undefined;
  /** A date the from-event recorded (e.g. `skickadDatum`) starts the clock instead of the event's time. */
  fromPath: string | undefined;
  /** An event that records a new date at `fromPath` (a re-planning) and moves the clock when it comes before the meeting one. */
  updatedBy: string | undefined;
  enteredBy: ReadonlySet<string>;
  /** Entered through `onDone`: the latest candidate event is the entry (every region must be done). */
  latestEntry: boolean;
}

/** What one event type means to the report fold (one map lookup per event). */
export interface EventPlan {
  /** The first step's own event (`<initial>.submit`): the ärende's rapport date. */
  report: boolean;
  /** Its transitions run `addAtgarder`. */
  atgardAdd: boolean;
  /** Its transitions run `setAtgardStatus` with this status. */
  atgardStatus: AtgardStatus | undefined;
  /** Indexes into `obligations` of the rules this event meets, and of those whose state it may enter. */
  meets: readonly number[];
  enters: readonly number[];
}

/** What the report fold needs to know about a definition, derived once per `id@version`. */
export interface DefinitionRules {
  reportEvent: string;
  obligations: readonly ObligationRule[];
  byEvent: ReadonlyMap<string, EventPlan>;
}

/** The node paths entered when a transition targets `path`: initial children, all parallel regions. */
function entered(graph: StateGraph, path: string, out: string[] = []): string[] {
  const node = graph.nodes.get(path);
  if (!node) return out;
  out.push(path);
  if (node.kind === 'compound' && node.initial) entered(graph, node.initial, out);
  if (node.kind === 'parallel') for (const child of node.children) entered(graph, child, out);
  return out;
}

const STATUSES: readonly unknown[] = ['planerad', 'genomford', 'verifierad', 'atertagen'] satisfies AtgardStatus[];

function isAtgardStatus(value: unknown): value is AtgardStatus {
  return STATUSES.includes(value);
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Reads a definition's statechart into {@link DefinitionRules}. Entry is judged by event type only,
 * so an event with guarded alternatives "may enter" each of its targets; see CONTEXT.md.
 */
export function definitionRules(definition: ProcessDefinition): DefinitionRules {
  const graph = buildStateGraph(definition.machine);
  const enteredBy = new Map<string, Set<string>>();
  const doneEntered = new Set<string>();
  const atgardAdd = new Set<string>();
  const atgardStatus = new Map<string, AtgardStatus>();

  for (const path of entered(graph, definition.machine.initial)) addTo(enteredBy, path, OPEN_EVENT);
  for (const t of graph.transitions) {
    for (const action of t.actions) {
      if (action.type === 'addAtgarder') atgardAdd.add(t.event);
      const status = action.params?.status;
      if (action.type === 'setAtgardStatus' && isAtgardStatus(status)) atgardStatus.set(t.event, status);
    }
    if (t.target === undefined) continue;
    if (t.event === 'done') {
      // onDone fires on the event that takes the last region to a final state.
      const finishing = graph.transitions.filter(
        (x) => x.event !== 'done' && x.target !== undefined && graph.nodes.get(x.target)?.kind === 'final' && isWithin(x.target, t.source),
      );
      for (const path of entered(graph, t.target)) {
        doneEntered.add(path);
        for (const x of finishing) addTo(enteredBy, path, x.event);
      }
      continue;
    }
    for (const path of entered(graph, t.target)) addTo(enteredBy, path, t.event);
  }

  const obligations: ObligationRule[] = [];
  for (const path of graph.order) {
    for (const spec of graph.nodes.get(path)?.meta?.obligations ?? []) {
      obligations.push({
        id: spec.id,
        title: spec.title,
        kind: spec.kind,
        days: spec.days ?? 0,
        months: spec.months ?? 0,
        workingDays: spec.workingDays === true,
        metBy: spec.metBy,
        fromEvent: 'event' in spec.from ? spec.from.event : undefined,
        fromPath: 'event' in spec.from ? spec.from.path : undefined,
        updatedBy: 'event' in spec.from ? spec.from.updatedBy : undefined,
        enteredBy: enteredBy.get(path) ?? new Set(),
        latestEntry: doneEntered.has(path),
      });
    }
  }
  const reportEvent = `${definition.machine.initial}.submit`;
  const byEvent = new Map<
    string,
    { report: boolean; atgardAdd: boolean; atgardStatus: AtgardStatus | undefined; meets: number[]; enters: number[] }
  >();
  const plan = (type: string) => {
    let p = byEvent.get(type);
    if (!p) byEvent.set(type, (p = { report: false, atgardAdd: false, atgardStatus: undefined, meets: [], enters: [] }));
    return p;
  };
  plan(reportEvent).report = true;
  for (const type of atgardAdd) plan(type).atgardAdd = true;
  for (const [type, status] of atgardStatus) plan(type).atgardStatus = status;
  obligations.forEach((rule, i) => {
    plan(rule.metBy).meets.push(i);
    for (const type of rule.enteredBy) plan(type).enters.push(i);
  });
  return { reportEvent, obligations, byEvent };
}
