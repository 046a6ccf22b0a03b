/** Reads outside one's own units, granted for a stated reason for a few hours (one person, one ärende). */
export interface ReadingGrants {
  grant(userId: string, arendeId: string, reason: string, at: string, until: string): Promise<void>;
  /** The reason of a grant that holds at `at`, or undefined. */
  active(userId: string, arendeId: string, at: string): Promise<string | undefined>;
}
