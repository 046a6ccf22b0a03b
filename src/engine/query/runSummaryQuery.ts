import type { ArendeSummary } from '../model/ArendeSummary';
import { NO_DEADLINE } from '../model/ArendeSummary';
import { foldQueryText, inScope, searchTextOf } from './SummaryQuery';
import type { SummaryPage, SummaryQuery, WaitingFor } from './SummaryQuery';
import { decodeCursor, encodeCursor } from './cursor';

const inUnits = (enheter: readonly string[] | 'all', enhetId: string) => enheter === 'all' || enheter.includes(enhetId);

/** The earliest due key of the roles in `waitingFor` that this row waits for, or undefined. */
export function waitingDue(row: ArendeSummary, waitingFor: readonly WaitingFor[], user?: string): string | undefined {
  if (row.status !== 'open') return undefined;
  let best: string | undefined;
  for (const key of row.roleDue) {
    const bar = key.indexOf('|');
    const role = key.slice(0, bar);
    const due = key.slice(bar + 1) || NO_DEADLINE;
    if (!waitingFor.some((w) => w.role === role && inUnits(w.enheter, row.enhetId))) continue;
    if (user !== undefined && row.waitDone?.[role]?.includes(user)) continue;
    if (best === undefined || due < best) best = due;
  }
  return best;
}

/** Does the row satisfy every filter of the query (paging and order aside)? */
export function matchesSummary(row: ArendeSummary, q: SummaryQuery): boolean {
  if (q.scope && !inScope(q.scope, row)) return false;
  if (q.status && row.status !== q.status) return false;
  if (q.processTypes && !q.processTypes.includes(row.processType)) return false;
  if (q.enhetId && row.enhetId !== q.enhetId) return false;
  if (q.kategori && row.kategori !== q.kategori) return false;
  if (q.definition) {
    if (row.definitionId !== q.definition.id) return false;
    if (q.definition.version !== undefined && row.definitionVersion !== q.definition.version) return false;
    if (q.definition.belowVersion !== undefined && row.definitionVersion >= q.definition.belowVersion) return false;
  }
  if (q.openedFrom && row.openedAt.slice(0, 10) < q.openedFrom) return false;
  if (q.openedTo && row.openedAt.slice(0, 10) > q.openedTo) return false;
  if (q.overdueAt && !(row.status === 'open' && row.nextDueAt < q.overdueAt)) return false;
  if (q.text && !searchTextOf(row).includes(foldQueryText(q.text))) return false;
  if (q.ids && !q.ids.includes(row.arendeId)) return false;
  if (q.waitingFor && waitingDue(row, q.waitingFor, q.waitingUser) === undefined) return false;
  return true;
}

/** The sort key of a row under the query's order; ascending keys, ties broken by arendeId. */
export function sortKeyOf(row: ArendeSummary, q: SummaryQuery): string {
  if (q.waitingFor) return waitingDue(row, q.waitingFor, q.waitingUser) ?? NO_DEADLINE;
  if (q.order === 'deadline') return row.nextDueAt;
  return row.updatedAt;
}

/** Newest-first lists run descending; deadline and inbox lists ascending. */
export function isDescending(q: SummaryQuery): boolean {
  return !q.waitingFor && q.order !== 'deadline';
}

/**
 * Runs a query over rows held in memory: the reference semantics every store must match
 * (the SQL store is tested against the same contract).
 */
export function runSummaryQuery(all: Iterable<ArendeSummary>, q: SummaryQuery): SummaryPage {
  const desc = isDescending(q);
  const keyed: { key: string; row: ArendeSummary }[] = [];
  for (const row of all) if (matchesSummary(row, q)) keyed.push({ key: sortKeyOf(row, q), row });
  const cmp = (a: { key: string; row: ArendeSummary }, b: { key: string; row: ArendeSummary }) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.arendeId < b.row.arendeId ? -1 : a.row.arendeId > b.row.arendeId ? 1 : 0;
  keyed.sort(desc ? (a, b) => cmp(b, a) : cmp);
  let start = 0;
  const after = q.after ? decodeCursor(q.after) : undefined;
  if (after) {
    const past = (k: { key: string; row: ArendeSummary }) => {
      const c = cmp(k, { key: after.key, row: { arendeId: after.id } as ArendeSummary });
      return desc ? c < 0 : c > 0;
    };
    start = keyed.findIndex(past);
    if (start < 0) start = keyed.length;
  }
  const end = q.limit !== undefined ? Math.min(keyed.length, start + q.limit) : keyed.length;
  const page = keyed.slice(start, end);
  const last = page[page.length - 1];
  return { rows: page.map((k) => k.row), ...(end < keyed.length && last ? { next: encodeCursor(last.key, last.row.arendeId) } : {}) };
}
