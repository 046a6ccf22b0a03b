import { useMemo } from 'react';
import { customPeriod, halfYearPeriod, kvalitetsberattelse, quarterPeriod, scopeCovers, yearPeriod } from '../../engine/index';
import type { ArendeFacts, Kvalitetsberattelse, OrgFilter, Period } from '../../engine/index';
import { useServices } from '../app/services';
import { useLoad } from '../app/useLoad';
import { useSession } from '../app/session';

export interface ReportChoice {
  kind: 'year' | 'half' | 'quarter' | 'custom';
  year: number;
  half: 1 | 2;
  quarter: 1 | 2 | 3 | 4;
  from: string;
  to: string;
  /** `''` (all), `v:<verksamhetId>` or `e:<enhetId>`. */
  urval: string;
  jamforelser: number;
}

export function periodOf(c: ReportChoice): Period | string {
  try {
    if (c.kind === 'year') return yearPeriod(c.year);
    if (c.kind === 'half') return halfYearPeriod(c.year, c.half);
    if (c.kind === 'quarter') return quarterPeriod(c.year, c.quarter);
    if (!c.from || !c.to) return 'Ange både från- och till-datum.';
    if (c.from > c.to) return 'Från-datum måste vara före till-datum.';
    return customPeriod(c.from, c.to);
  } catch (e) {
    return `Perioden är ogiltig: ${(e as Error).message}`;
  }
}

export function orgFilterOf(urval: string): OrgFilter | undefined {
  if (urval.startsWith('v:')) return { verksamhetId: urval.slice(2) };
  if (urval.startsWith('e:')) return { enhetId: urval.slice(2) };
  return undefined;
}

/** Loads the facts once (one pass over the events); every change of period or urval only re-aggregates. */
export function useReport(choice: ReportChoice): {
  report?: Kvalitetsberattelse;
  problem?: string;
  loading: boolean;
  error?: Error;
  /** Whether the signed-in user may see an ärende's details (counts are shown regardless). */
  mayView(arendeId: string): boolean;
} {
  const { engine, org, now } = useServices();
  const { user } = useSession();
  const { data: facts, error } = useLoad<readonly ArendeFacts[]>(async () => {
    performance.mark('kf:report-load-start');
    const f = await engine.reportFacts();
    performance.measure('kf:report-facts', 'kf:report-load-start');
    return f;
  }, [engine]);
  const period = periodOf(choice);
  const result = useMemo(() => {
    if (!facts || typeof period === 'string') return undefined;
    const t0 = performance.now();
    const r = kvalitetsberattelse(facts, { period, now: now(), org, urval: orgFilterOf(choice.urval), jamforelser: choice.jamforelser });
    performance.measure('kf:report-aggregate', { start: t0, end: performance.now() });
    return r;
    // `now` is read when the choice changes; a report is a snapshot.
  }, [facts, typeof period === 'string' ? period : `${period.from}|${period.to}|${period.kind}`, choice.urval, choice.jamforelser, org]);
  const enhetOf = useMemo(() => new Map((facts ?? []).map((f) => [f.arendeId, f.enhetId])), [facts]);
  const mayView = (arendeId: string) => {
    const enhetId = enhetOf.get(arendeId);
    return !!enhetId && user.roles.some((a) => a.role !== 'medarbetare' && scopeCovers(org, a, enhetId));
  };
  return { report: result, problem: typeof period === 'string' ? period : undefined, loading: !facts && !error, error, mayView };
}
