import type { RoleId } from '../org/Role';
import type { ArendeSummary } from '../runtime/ArendeSummary';

/** Which rows a person may see: rows of these enheter (or all) and, beside them, the rows they opened. */
export interface SummaryScope {
  enheter: readonly string[] | 'all';
  openedBy?: string;
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
