import type { ArendeFacts } from '../model/ArendeFacts';

function yearOf(date: string): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}

/** Every year in which an ärende happened, was reported or (without a rapport) was opened; newest first. */
export function yearsWithData(facts: readonly ArendeFacts[]): number[] {
  const years = new Set<number>();
  // Digits read as numbers, no sliced strings: this walks every ärende on each report.
  for (const f of facts) {
    if (f.handelseDate !== undefined) years.add(yearOf(f.handelseDate));
    if (f.reportedDate !== undefined) years.add(yearOf(f.reportedDate));
    if (f.openedDate !== undefined) years.add(yearOf(f.openedDate));
  }
  return [...years].sort((a, b) => b - a);
}
