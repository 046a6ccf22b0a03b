/** One thing wrong in the log, named by its ärende (or the whole log) and, where known, its event. */
export interface IntegrityProblem {
  arendeId: string;
  seq?: number;
  eventId?: string;
  /** Swedish, for the people who must act on it. */
  reason: string;
}
