import type { ArendeFacts } from './ArendeFacts';
import { inPeriod } from './Period';
import type { Period } from './Period';

/** A report's selection: a period and, optionally, the enheter it covers (see `enheterInScope`). */
export interface ReportScope {
  period: Period;
  /** Undefined: every enhet. */
  enheter: ReadonlySet<string> | undefined;
}

/**
 * The ärenden a report covers: rapport date (Europe/Stockholm) within the period and enhet in
 * scope. Ärenden that were opened but never reported are left out; see {@link utanRapport}.
 */
export function selectArenden(facts: readonly ArendeFacts[], scope: ReportScope): ArendeFacts[] {
  const { period, enheter } = scope;
  const out: ArendeFacts[] = [];
  for (const f of facts) {
    if (f.reportedDate === undefined || !inPeriod(f.reportedDate, period)) continue;
    if (enheter && !enheter.has(f.enhetId)) continue;
    out.push(f);
  }
  return out;
}

/** Ärenden opened within the period (and scope) whose rapport was never submitted. */
export function utanRapport(facts: readonly ArendeFacts[], scope: ReportScope): ArendeFacts[] {
  const { period, enheter } = scope;
  return facts.filter(
    (f) => f.reportedDate === undefined && f.openedDate !== undefined && inPeriod(f.openedDate, period) && (!enheter || enheter.has(f.enhetId)),
  );
}
