import type { Db } from '../Db';
import { loginSubjectTaken } from '../../organisation/loginSubject';
import { loginSubjectChanged } from './loginSubjectChanged';
import { loginSubjectHolder } from './loginSubjectHolder';
import { recordChange } from './recordChange';

/**
 * A new or changed inloggnings-id for an existing person waits for a second person (issue 22): it replaces a waiting one,
 * and the request is an organisation change. The person keeps signing in as before until it is approved.
 */
export async function requestLoginSubject(
  tx: Db,
  req: { userId: string; namn: string; loginSubject: string; by: string; at: string },
  suffix = '',
): Promise<void> {
  const { userId, namn, loginSubject, by, at } = req;
  await tx.query(
    `insert into role_requests (user_id, login_subject, requested_by, requested_at) values ($1, $2, $3, $4)
      on conflict (user_id) where decision is null and login_subject is not null
      do update set login_subject = excluded.login_subject, requested_by = excluded.requested_by, requested_at = excluded.requested_at`,
    [userId, loginSubject, by, at],
  );
  const text = `Inloggnings-id ${loginSubject} för ${namn} väntar på godkännande av en annan administratör eller förvaltningschefen`;
  await recordChange(tx, at, by, 'inloggnings_id_begard', userId, `${text}${suffix}`, { loginSubject });
}

/** An approved inloggnings-id takes effect now: still unique, her sessions end, the change names the old and the new. */
export async function applyLoginSubject(tx: Db, req: { userId: string; namn: string; loginSubject: string; by: string; at: string }) {
  const { userId, namn, loginSubject, by, at } = req;
  const holder = await loginSubjectHolder(tx, loginSubject, userId);
  if (holder) throw loginSubjectTaken(loginSubject, holder.namn);
  const { rows } = await tx.query<{ s: string | null }>('select login_subject as s from users where id = $1 for update', [userId]);
  const before = rows[0]?.s ?? undefined;
  await tx.query('update users set login_subject = $2 where id = $1', [userId, loginSubject]);
  await loginSubjectChanged(tx, { userId, namn, before, after: loginSubject, by, at });
}
