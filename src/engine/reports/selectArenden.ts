import type { ArendeFacts } from '../model/ArendeFacts';
import { periodDate } from '../model/Datumgrund';
import type { Datumgrund } from '../model/Datumgrund';
import { inPeriod } from '../calendar/Period';
import type { Period } from '../calendar/Period';

/** A report's selection: a period, the date that places ärenden in it and, optionally, the enheter it covers (see `enheterInScope`). */
export interface ReportScope {
  period: Period;
  datumgrund: Datumgrund;
  /** Undefined: every enhet. */
  enheter: ReadonlySet<string> | undefined;
}

/**
 * The ärenden a report covers: händelse or rapport date (Europe/Stockholm, by `datumgrund`) within
 * the period and enhet in scope. Ärenden opened but never reported are left out; see {@link utanRapport}.
 */
export function selectArenden(facts: readonly ArendeFacts[], scope: ReportScope): ArendeFacts[] {
  const { period, enheter, datumgrund } = scope;
  const out: ArendeFacts[] = [];
  for (const f of facts) {
    const date = periodDate(f, datumgrund);
    if (date === undefined || !inPeriod(date, period)) continue;
    if (enheter && !enheter.has(f.enhetId)) continue;
    out.push(f);
  }
  return out;
}

/** Ärenden opened within the period (and scope) whose rapport was never submitted: no händelse date is known yet. */
export function utanRapport(facts: readonly ArendeFacts[], scope: ReportScope): ArendeFacts[] {
  const { period, enheter } = scope;
  return facts.filter(
    (f) =>
      f.reportedDate === undefined && f.openedDate !== undefined && inPeriod(f.openedDate, period) && (!enheter || enheter.has(f.enhetId)),
  );
}
