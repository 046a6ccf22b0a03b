import type { Db } from '../Db';

/** A sign-in waiting for the provider's answer: what only this browser's state unlocks. */
export interface PendingLogin {
  code_verifier: string;
  nonce: string;
  created_at: string;
}

/** The OIDC sign-in's rows: waiting logins (`oidc_logins`, migration 0008) and the person a claim names. */
export const pgOidcLogins = (db: Db) => ({
  async begin(stateHash: string, codeVerifier: string, nonce: string, now: string, staleBefore: string): Promise<void> {
    await db.query('delete from oidc_logins where created_at < $1', [staleBefore]);
    await db.query('insert into oidc_logins (state_hash, code_verifier, nonce, created_at) values ($1, $2, $3, $4)', [
      stateHash,
      codeVerifier,
      nonce,
      now,
    ]);
  },
  /** Single use: the row goes whatever the outcome. */
  async take(stateHash: string): Promise<PendingLogin | undefined> {
    const { rows } = await db.query<PendingLogin>(
      'delete from oidc_logins where state_hash = $1 returning code_verifier, nonce, created_at',
      [stateHash],
    );
    return rows[0];
  },
  async userIdBySubject(subject: string): Promise<string | undefined> {
    return (await db.query<{ id: string }>('select id from users where login_subject = $1', [subject])).rows[0]?.id;
  },
});
