import type { RoleId } from '../model/Role';
import type { ArendeSummary } from '../model/ArendeSummary';

/** Rows of some process types in these enheter, optionally only those linked by `linkRel` (what is handed to the MAS). */
export interface ScopeGrant {
  enheter: readonly string[] | 'all';
  processTypes: readonly string[];
  linkRel?: string;
}

/**
 * Which rows a person may see: rows of these enheter (or all), the rows they opened, what grants add, and the rows
 * where she is an appointed ersättare in a role she still holds (`appointed`).
 */
export interface SummaryScope {
  enheter: readonly string[] | 'all';
  openedBy?: string;
  grants?: readonly ScopeGrant[];
  appointed?: { userId: string; roles: readonly RoleId[] };
}

/** What the scope of a row depends on: its enhet, opener, process type, links and appointed ersättare. */
export interface ScopedRow {
  enhetId: string;
  openedBy: string;
  processType: string;
  links?: readonly { rel: string }[];
  ersattare?: readonly { userId: string; role: RoleId }[];
}

const inUnits = (enheter: readonly string[] | 'all', enhetId: string) => enheter === 'all' || enheter.includes(enhetId);

/** Does the scope cover the row? One rule for lists (in memory and as SQL) and for reading one ärende. */
export function inScope(scope: SummaryScope, row: ScopedRow): boolean {
  if (inUnits(scope.enheter, row.enhetId)) return true;
  if (scope.openedBy !== undefined && row.openedBy === scope.openedBy) return true;
  const appointed = scope.appointed;
  if (appointed && (row.ersattare ?? []).some((e) => e.userId === appointed.userId && appointed.roles.includes(e.role))) return true;
  return (scope.grants ?? []).some(
    (g) =>
      g.processTypes.includes(row.processType) &&
      inUnits(g.enheter, row.enhetId) &&
      (g.linkRel === undefined || (row.links ?? []).some((l) => l.rel === g.linkRel)),
  );
}

/** A role someone holds and where: the inbox lists rows whose active steps wait for it there. */
export interface WaitingFor {
  role: RoleId;
  enheter: readonly string[] | 'all';
}

/**
 * A serialisable question about list rows: every field narrows, none is a function, so the same
 * query runs in memory, in IndexedDB and as indexed SQL on the server.
 */
export interface SummaryQuery {
  scope?: SummaryScope;
  status?: 'open' | 'closed';
  processTypes?: readonly string[];
  enhetId?: string;
  kategori?: string;
  /** Rows pinned to this definition (and, optionally, exactly this version or any version below one). */
  definition?: { id: string; version?: number; belowVersion?: number };
  /** `YYYY-MM-DD`, inclusive, compared with the date part of `openedAt`. */
  openedFrom?: string;
  openedTo?: string;
  /** Only open rows whose earliest deadline lies before this instant. */
  overdueAt?: string;
  /** Case-insensitive text in the rubrik or the ärende id. */
  text?: string;
  ids?: readonly string[];
  /** The inbox: rows waiting for any of these, earliest deadline among them first (overrides `order`). */
  waitingFor?: readonly WaitingFor[];
  /** Whose inbox it is: a row that waits for her roles only through own steps she has done is not hers (`waitDone`). */
  waitingUser?: string;
  /** Newest change first (the default) or earliest deadline first. */
  order?: 'newest' | 'deadline';
  limit?: number;
  /** The `next` cursor of the previous page. */
  after?: string;
}

export interface SummaryPage {
  rows: ArendeSummary[];
  /** Pass as `after` for the following page; absent on the last page. */
  next?: string;
}

/** Search text kept beside each row: what `text` matches, folded the same way everywhere. */
export function searchTextOf(row: Pick<ArendeSummary, 'rubrik' | 'arendeId'>): string {
  return `${row.rubrik}\n${row.arendeId}`.toLowerCase();
}

export function foldQueryText(text: string): string {
  return text.trim().toLowerCase();
}
