import type { ArendeFacts, Datumgrund, Period } from '../../engine/internal';
import { inPeriod, periodDate, shiftPeriod } from '../../engine/internal';

/**
 * The ärenden a report's periods can reach: placed (by `datumgrund`) from the first comparison period's start to the
 * period's end, or, never reported, opened then. Every section but the years with data counts only these, so the
 * older years of a kommun's record are not walked on every report.
 */
export function factsInWindow(
  facts: readonly ArendeFacts[],
  period: Period,
  jamforelser: number,
  datumgrund: Datumgrund,
): readonly ArendeFacts[] {
  const window = { ...period, from: shiftPeriod(period, -jamforelser).from };
  const out: ArendeFacts[] = [];
  for (const f of facts) {
    const date = periodDate(f, datumgrund);
    const placed = date !== undefined && inPeriod(date, window);
    // Like `utanRapport`: no rapport yet, placed by its opening.
    if (placed || (f.reportedDate === undefined && f.openedDate !== undefined && inPeriod(f.openedDate, window))) out.push(f);
  }
  return out;
}
