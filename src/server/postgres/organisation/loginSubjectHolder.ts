import type { Db } from '../Db';

/** The person (other than `exceptUserId`) who already has this inloggnings-id, if any. */
export async function loginSubjectHolder(
  tx: Db,
  loginSubject: string,
  exceptUserId?: string,
): Promise<{ userId: string; namn: string } | undefined> {
  const { rows } = await tx.query<{ userId: string; namn: string }>(
    'select id as "userId", namn from users where login_subject = $1 and id <> $2',
    [loginSubject, exceptUserId ?? ''],
  );
  return rows[0];
}
