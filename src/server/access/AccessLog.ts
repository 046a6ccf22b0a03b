import type { AccessEntry, AccessLogAnswer } from '../../api/contract';

export interface AccessQuery {
  /** An ärende id, or the ärende number people see (the start of its id). */
  arende?: string;
  userId?: string;
  /** The `next` of the previous page. */
  before?: number;
  limit: number;
}

/** Loggkontroll: every opening, print and export of case content, append-only, newest first when searched. */
export interface AccessLog {
  record(entry: AccessEntry): Promise<void>;
  search(query: AccessQuery): Promise<AccessLogAnswer>;
}
