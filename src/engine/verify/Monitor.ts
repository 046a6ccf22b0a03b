import type { LegalSkeleton, MandatedStop } from '../model/LegalSkeleton';
import { ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { AtgardMask } from '../model/AtgardMask';

/**
 * The skeleton as an automaton over mandated-step completions: progress per allowed route, facts
 * learned, and progress per conditional rule. Kept small and serialisable for the product search.
 */
export interface MonitorState {
  /** Next expected index per route, or -1 when the route no longer fits the path. */
  routes: number[];
  facts: string[];
  /** Next expected index per conditional rule. */
  conditional: number[];
  /** Jäv has been recorded as the skeleton demands (always, for a process whose jäv comes with its opening). */
  jav: boolean;
  /** Which unfinished åtgärder may exist (`recording.ts`). */
  atgarder: AtgardMask;
}

export type MonitorOutcome =
  { ok: true; state: MonitorState } | { ok: false; code: 'wrong_order' | 'conditional_step_skipped'; message: string };

export function initialMonitor(skeleton: LegalSkeleton): MonitorState {
  return {
    routes: skeleton.routes.map(() => 0),
    facts: [],
    conditional: skeleton.conditional.map(() => 0),
    jav: skeleton.jav === undefined,
    atgarder: 0,
  };
}

export function monitorKey(m: MonitorState): string {
  return `${m.routes.join(',')}|${m.facts.join(',')}|${m.conditional.join(',')}|${m.jav ? 'j' : ''}${m.atgarder}`;
}

function advance(sequence: readonly string[], progress: number, step: string): number {
  const idx = sequence.indexOf(step);
  if (idx === -1 || progress === -1) return -1;
  if (idx <= progress) return idx + 1;
  return -1;
}

/**
 * Learns facts from an event's data branch (only the fact's `decidedBy` event may clear it again: the
 * beslut overrules an early "allvarligt"), or from the event types seen before it (kept once learned).
 */
export function learnFacts(
  skeleton: LegalSkeleton,
  m: MonitorState,
  eventType: string,
  data: Record<string, unknown>,
  seenBefore: ReadonlySet<string>,
): MonitorState {
  const facts = new Set(m.facts);
  for (const [name, f] of Object.entries(skeleton.facts)) {
    if (!f.events.includes(eventType)) continue;
    if ('absent' in f ? !seenBefore.has(f.absent) : data[f.path] === f.equals) facts.add(name);
    else if (!('absent' in f) && f.decidedBy === eventType) facts.delete(name);
  }
  const same = facts.size === m.facts.length && m.facts.every((f) => facts.has(f));
  return same ? m : { ...m, facts: [...facts].sort() };
}

/** Feeds one mandated-step completion to the monitor. */
export function completeStep(skeleton: LegalSkeleton, m: MonitorState, step: string): MonitorOutcome {
  const title = (k: string) => skeleton.steps[k]?.title ?? k;
  const conditional = [...m.conditional];
  for (let i = 0; i < skeleton.conditional.length; i++) {
    const rule = skeleton.conditional[i]!;
    const idx = rule.steps.indexOf(step);
    if (idx !== -1) {
      if (idx > conditional[i]!)
        return {
          ok: false,
          code: 'wrong_order',
          message: `Steget "${title(step)}" utförs innan "${title(rule.steps[conditional[i]!]!)}" är gjort.`,
        };
      conditional[i] = idx + 1;
    }
    if (rule.before === step && m.facts.includes(rule.fact) && conditional[i]! < rule.steps.length)
      return {
        ok: false,
        code: 'conditional_step_skipped',
        message:
          `"${title(step)}" kan utföras fast ${skeleton.facts[rule.fact]?.title ?? rule.fact} och ${rule.title} inte är gjord ` +
          `(saknar "${title(rule.steps[conditional[i]!]!)}").`,
      };
  }
  const inConditional = skeleton.conditional.some((r) => r.steps.includes(step));
  if (inConditional) return { ok: true, state: { ...m, conditional } };
  const routes = m.routes.map((p, i) => advance(skeleton.routes[i]!, p, step));
  if (routes.every((p) => p === -1)) {
    const expected = m.routes
      .map((p, i) => (p >= 0 ? skeleton.routes[i]![p] : undefined))
      .filter((x): x is string => x !== undefined)
      .map((k) => `"${title(k)}"`);
    return {
      ok: false,
      code: 'wrong_order',
      message: `Steget "${title(step)}" kan utföras innan ${expected.length ? expected.join(' eller ') : 'föregående steg'} är gjort.`,
    };
  }
  return { ok: true, state: { ...m, routes, conditional } };
}

/** What is still missing when a final state is reached (empty when the path is lawful). */
export function missingAtEnd(skeleton: LegalSkeleton, m: MonitorState): string | undefined {
  const title = (k: string) => skeleton.steps[k]?.title ?? k;
  const complete = m.routes.some((p, i) => p === skeleton.routes[i]!.length);
  if (!complete) {
    const missing = m.routes
      .map((p, i) => (p >= 0 ? skeleton.routes[i]!.slice(p) : undefined))
      .filter((x): x is string[] => x !== undefined)
      .sort((a, b) => a.length - b.length)[0];
    return `Ärendet kan avslutas utan de obligatoriska stegen ${(missing ?? []).map((k) => `"${title(k)}"`).join(', ')}.`;
  }
  for (let i = 0; i < skeleton.conditional.length; i++) {
    const rule = skeleton.conditional[i]!;
    if (m.facts.includes(rule.fact) && m.conditional[i]! < rule.steps.length)
      return (
        `Ärendet kan avslutas fast ${skeleton.facts[rule.fact]?.title ?? rule.fact} utan ${rule.title} (saknar ` +
        `"${title(rule.steps[m.conditional[i]!]!)}").`
      );
  }
  return undefined;
}

/** What makes an early end by a skeleton stop unlawful here (wrong role, or before its `after` step), else undefined. */
export function stopProblem(skeleton: LegalSkeleton, m: MonitorState, stop: MandatedStop, role: RoleId): string | undefined {
  if (role !== stop.role) return `"${stop.title}" kan utföras av ${ROLE_TITLES[role]}, men det ska utföras av ${ROLE_TITLES[stop.role]}.`;
  const done = m.routes.some((p, i) => p > skeleton.routes[i]!.indexOf(stop.after) && skeleton.routes[i]!.includes(stop.after));
  return done ? undefined : `"${stop.title}" kan avsluta ärendet innan "${skeleton.steps[stop.after]?.title ?? stop.after}" är gjort.`;
}
