import type { Db } from '../Db';
import type { DueNotification } from '../../../engine/internal';
import type { EmailPreference, NotificationRow } from '../../notifications/NotificationStore';

// Each notification once (by key), and its e-mail queued in the same statement when the person wants it at once.
const RECORD = `
with input as (
  select * from json_to_recordset($1::json) as x(key text, recipient_id text, kind text, arende_id text, step_title text, due_at text,
    notify_at text)
), ins as (
  insert into notifications (key, recipient_id, kind, arende_id, step_title, due_at, notify_at, created_at, mail)
  select i.key, i.recipient_id, i.kind, i.arende_id, i.step_title, i.due_at, i.notify_at, $2, coalesce(p.email, 'direkt')
  from input i join users u on u.id = i.recipient_id left join notification_preferences p on p.user_id = i.recipient_id
  on conflict (key) do nothing
  returning id, key, recipient_id, mail
), jobs as (
  insert into mail_jobs (key, recipient_id, notification_ids)
  select 'n:' || key, recipient_id, array[id] from ins where mail = 'direkt' and $3::boolean
  on conflict (key) do nothing
), planned as (
  insert into notification_schedule (arende_id, next_at)
  select x.arende_id, x.next_at from json_to_recordset($4::json) as x(arende_id text, next_at text)
  on conflict (arende_id) do update set next_at = excluded.next_at
)
select count(*)::int as n from ins`;

/** Records each notification once and queues its e-mail; how many were new. */
export async function recordNotifications(
  db: Db,
  list: readonly DueNotification[],
  now: string,
  mail: boolean,
  schedule: readonly { arendeId: string; nextAt: string | null }[] = [],
): Promise<number> {
  if (list.length === 0 && schedule.length === 0) return 0;
  const rows = list.map((n) => ({
    key: n.key,
    recipient_id: n.recipientId,
    kind: n.kind,
    arende_id: n.arendeId,
    step_title: n.stepTitle,
    due_at: n.dueAt ?? null,
    notify_at: n.notifyAt,
  }));
  const planned = JSON.stringify(schedule.map((r) => ({ arende_id: r.arendeId, next_at: r.nextAt })));
  const { rows: out } = await db.query<{ n: number }>(RECORD, [JSON.stringify(rows), now, mail, planned]);
  return out[0]?.n ?? 0;
}

/** A person's notifications, newest first, with how many she has not read. */
export async function listNotifications(db: Db, userId: string, limit: number): Promise<{ items: NotificationRow[]; unread: number }> {
  const { rows } = await db.query<{
    id: string;
    kind: NotificationRow['kind'];
    arende_id: string;
    step_title: string;
    due_at: string | null;
    notify_at: string;
    created_at: string;
    read_at: string | null;
  }>(
    'select id::text, kind, arende_id, step_title, due_at, notify_at, created_at, read_at from notifications where ' +
      'recipient_id = $1 order by notify_at desc, id desc limit $2',
    [userId, limit],
  );
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    arendeId: r.arende_id,
    stepTitle: r.step_title,
    dueAt: r.due_at,
    notifyAt: r.notify_at,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
  return { items, unread: await unreadNotifications(db, userId) };
}

/** How many of her notifications a person has not read. */
export async function unreadNotifications(db: Db, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from notifications where recipient_id = $1 and read_at is null',
    [userId],
  );
  return rows[0]?.n ?? 0;
}

/** Marks her own notifications (some or all) read; another person's ids change nothing. */
export async function markNotificationsRead(db: Db, userId: string, ids: readonly string[] | 'all', now: string): Promise<void> {
  if (ids === 'all') await db.query('update notifications set read_at = $2 where recipient_id = $1 and read_at is null', [userId, now]);
  else
    await db.query('update notifications set read_at = $3 where recipient_id = $1 and id = any($2::bigint[]) and read_at is null', [
      userId,
      ids,
      now,
    ]);
}

/** How a person wants her e-mail: at once (the default), as a daily summary or not at all. */
export async function emailPreference(db: Db, userId: string): Promise<EmailPreference> {
  const { rows } = await db.query<{ email: EmailPreference }>('select email from notification_preferences where user_id = $1', [userId]);
  return rows[0]?.email ?? 'direkt';
}

/** Keeps how a person wants her e-mail. */
export async function setEmailPreference(db: Db, userId: string, email: EmailPreference, now: string): Promise<void> {
  await db.query(
    `insert into notification_preferences (user_id, email, updated_at) values ($1, $2, $3)
     on conflict (user_id) do update set email = excluded.email, updated_at = excluded.updated_at`,
    [userId, email, now],
  );
}
