/**
 * The outcome of a sign-in with user name and password; `mustChange`: a one-time code, to be replaced before anything else;
 * `expired`: the right one-time code, after its time.
 */
export type VerifyResult = { ok: true; userId: string; mustChange?: true } | { ok: false; locked?: string; expired?: true };

/** Local accounts: user name and an argon2id hash per person, with lock-out after repeated failures. */
export interface LocalAccounts {
  /**
   * Sets or replaces a person's user name and password (the policy is checked by the caller). `oneTimeUntil`: a one-time
   * code the server made for the administratör's reset; until then it only lets the person choose her own (issue 22).
   */
  set(userId: string, username: string, password: string, at: string, opts?: { oneTimeUntil?: string }): Promise<void>;
  /** The person's own new password in place of a one-time one. */
  changePassword(userId: string, password: string, at: string): Promise<void>;
  /** The person when name and password match and the account is not locked; a failure counts towards a lock. */
  verify(username: string, password: string, at: string): Promise<VerifyResult>;
}

/** Five failures in a row lock the account; each further failure doubles the time, at most an hour. */
export function lockMinutes(failures: number): number {
  return failures < 5 ? 0 : Math.min(60, 2 ** (failures - 5));
}
