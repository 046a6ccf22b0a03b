import type { Db } from '../Db';

/** Keeps one change of the organisation (who, when, what in Swedish) in the caller's transaction. */
export async function recordChange(
  tx: Db,
  at: string,
  by: string,
  kind: string,
  subject: string,
  text: string,
  data: object,
): Promise<void> {
  await tx.query('insert into organisation_changes (at, by_user, kind, subject, data) values ($1, $2, $3, $4, $5)', [
    at,
    by,
    kind,
    subject,
    JSON.stringify({ text, ...data }),
  ]);
}
