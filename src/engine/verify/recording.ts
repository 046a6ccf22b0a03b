import { leafGuards } from '../behaviour/guards';
import type { NamedRef } from '../model/ProcessDefinition';
import type { GraphTransition, StateGraph } from '../definition/StateGraph';
import type { AtgardRules, JavRecording, LegalSkeleton } from '../model/LegalSkeleton';
import type { AtgardStatus } from '../model/ArendeContext';
import type { AtgardMask } from '../model/AtgardMask';
import { MASK_BIT as BIT, PLANERAD } from '../model/AtgardMask';

const ALL_STATUSES: readonly AtgardStatus[] = ['planerad', 'genomford', 'verifierad', 'atertagen'];

function actionsOf(t: GraphTransition): NamedRef[] {
  return t.actions;
}

/** Does the transition record jäv as the skeleton demands: every path, the actor spared only by the lawful flag? */
export function recordsJav(t: GraphTransition, rule: JavRecording): boolean {
  return actionsOf(t).some((a) => {
    if (a.type !== 'addJav') return false;
    const paths = Array.isArray(a.params?.paths) ? (a.params.paths as unknown[]) : [];
    const unless = a.params?.actorUnless;
    return rule.paths.every((p) => paths.includes(p)) && (unless === undefined || unless === rule.actorUnless);
  });
}

/** The statuses an åtgärd may have for the transition to change it: its `atgardHasStatus` guard, else any. */
function sourceStatuses(t: GraphTransition): readonly AtgardStatus[] {
  const guards = leafGuards(t.guard).filter((g) => g.type === 'atgardHasStatus');
  if (guards.length === 0) return ALL_STATUSES;
  // Several guards must all hold: only statuses every one of them allows.
  return ALL_STATUSES.filter((s) => guards.every((g) => Array.isArray(g.params?.status) && (g.params.status as unknown[]).includes(s)));
}

/** The status each `setAtgardStatus` action of the transition sets. */
export function statusesSet(t: GraphTransition): AtgardStatus[] {
  return actionsOf(t)
    .filter((a) => a.type === 'setAtgardStatus')
    .map((a) => a.params?.status as AtgardStatus);
}

/** Every mask the transition's actions may leave (adding none or some; moving one of a status or its last). */
export function atgardEffects(t: GraphTransition, mask: AtgardMask): AtgardMask[] {
  let out = new Set([mask]);
  for (const a of actionsOf(t)) {
    const next = new Set<AtgardMask>();
    for (const m of out) {
      if (a.type === 'addAtgarder') next.add(m).add(m | PLANERAD);
      else if (a.type === 'setAtgardStatus') {
        const target = BIT[a.params?.status as AtgardStatus] ?? 0;
        for (const s of sourceStatuses(t)) {
          const bit = BIT[s];
          // An untracked source (verified, withdrawn) may exist at any time; a tracked one only when its bit is set.
          if (bit === undefined) next.add(m | target);
          else if (m & bit) next.add((m & ~bit) | target).add(m | target);
        }
      } else next.add(m);
    }
    out = next;
  }
  return [...out];
}

/** Why a transition may not set an åtgärd's status as it does (the skeleton's events and sources), else undefined. */
export function statusProblem(t: GraphTransition, rules: AtgardRules, title: (event: string) => string): string | undefined {
  for (const status of statusesSet(t)) {
    if (status === 'planerad')
      return `"${title(t.event)}" sätter tillbaka en åtgärd till planerad. Det får ingen åtgärd göra: en ny åtgärd läggs till i stället.`;
    const rule = rules.status[status];
    const wanted = rule.events.map((e) => `"${title(e)}"`).join(' eller ');
    if (!rule.events.includes(t.event)) return `"${title(t.event)}" gör en åtgärd ${STATUS_TITLES[status]}. Det får bara ${wanted} göra.`;
    const stray = sourceStatuses(t).filter((s) => !rule.from.includes(s));
    if (stray.length)
      return (
        `"${title(t.event)}" kan göra en åtgärd som är ${stray.map((s) => STATUS_TITLES[s]).join(' eller ')} ` +
        `${STATUS_TITLES[status]}. Bara en åtgärd som är ${rule.from.map((s) => STATUS_TITLES[s]).join(' eller ')} får det.`
      );
  }
  return undefined;
}

export const STATUS_TITLES: Record<AtgardStatus, string> = {
  planerad: 'planerad',
  genomford: 'genomförd',
  verifierad: 'verifierad',
  atertagen: 'återtagen',
};

/** Does a transition of an `addedBy` event lose the åtgärder its form holds? */
export function losesAtgarder(t: GraphTransition, skeleton: LegalSkeleton): boolean {
  return (skeleton.atgarder?.addedBy ?? []).includes(t.event) && !actionsOf(t).some((a) => a.type === 'addAtgarder');
}

/** What the definition's recording of jäv lacks, in Swedish (for the counter-example of a judging step). */
export function javGap(graph: StateGraph, rule: JavRecording, title: (event: string) => string): string {
  const where = `"${title(rule.event)}"`;
  const transitions = graph.transitions.filter((t) => t.event === rule.event);
  const recorders = transitions.flatMap((t) => t.actions.filter((a) => a.type === 'addJav'));
  if (transitions.length === 0) return `${where} finns inte, så jäv registreras aldrig.`;
  if (recorders.length === 0) return `${where} registrerar inte jäv, så rapportören och de inblandade blir aldrig jäviga.`;
  for (const a of recorders) {
    const paths = Array.isArray(a.params?.paths) ? (a.params.paths as unknown[]) : [];
    const missing = rule.paths.filter((p) => !paths.includes(p));
    if (missing.includes('$actor')) return `${where} gör inte den som lämnar rapporten jävig.`;
    if (missing.length) return `${where} gör inte alla som ska vara jäviga jäviga (saknar ${missing.join(', ')}).`;
    if (a.params?.actorUnless !== undefined && a.params.actorUnless !== rule.actorUnless)
      return (
        `${where} undantar den som lämnar rapporten från jäv när "${String(a.params.actorUnless)}" är ifyllt; ` +
        `bara ${rule.actorUnless ? `en muntlig rapport som tagits emot ("${rule.actorUnless}")` : 'ingen'} ` +
        `får undantas.`
      );
  }
  return `${where} registrerar inte jäv på varje väg.`;
}
