import type { Db } from '../Db';
import type { EmailPreference, MailJob } from '../../notifications/NotificationStore';

// The oldest due job no other instance holds; SKIP LOCKED lets two instances claim different rows at once.
const CLAIM = `
update mail_jobs set locked_until = now() + ($1::int * interval '1 millisecond'), attempts = attempts + 1
where id = (
  select id from mail_jobs
  where done_at is null and run_at <= now() and (locked_until is null or locked_until < now())
  order by run_at, id limit 1 for update skip locked
)
returning id::text, key, recipient_id, attempts, notification_ids::text[] as ids`;

/** One summary mail per person for the day, of her notifications not yet mailed or waiting in a job. */
export async function queueDigests(db: Db, day: string): Promise<number> {
  const { rowCount } = await db.query(
    `insert into mail_jobs (key, recipient_id, notification_ids)
     select 'digest:' || n.recipient_id || ':' || $1, n.recipient_id, array_agg(n.id order by n.id)
     from notifications n
     where n.mail = 'sammanfattning' and n.emailed_at is null
       and not exists (select 1 from mail_jobs j where j.done_at is null and n.id = any(j.notification_ids))
     group by n.recipient_id
     on conflict (key) do nothing`,
    [day],
  );
  return rowCount;
}

/** The next due mail job, leased to this instance for `leaseMs`, with its address and lines. */
export async function claimMail(db: Db, leaseMs: number): Promise<MailJob | undefined> {
  const { rows } = await db.query<{ id: string; key: string; recipient_id: string; attempts: number; ids: string[] }>(CLAIM, [
    Math.round(leaseMs),
  ]);
  const job = rows[0];
  if (!job) return undefined;
  const [to, items] = await Promise.all([
    db.query<{ epost: string | null; email: EmailPreference | null }>(
      'select u.epost, p.email from users u left join notification_preferences p on p.user_id = u.id where u.id = $1',
      [job.recipient_id],
    ),
    db.query<{ step_title: string; due_at: string | null }>(
      'select step_title, due_at from notifications where id = any($1::bigint[]) order by due_at nulls last, id',
      [job.ids],
    ),
  ]);
  const person = to.rows[0];
  return {
    id: job.id,
    key: job.key,
    recipientId: job.recipient_id,
    attempts: job.attempts,
    to: person?.epost?.trim() || null,
    preference: person?.email ?? 'direkt',
    items: items.rows.map((r) => ({ stepTitle: r.step_title, dueAt: r.due_at })),
  };
}

/** A job done: its notifications count as mailed when it was sent. */
export async function mailDone(db: Db, job: MailJob, outcome: 'sent' | 'no_address' | 'turned_off', now: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('update mail_jobs set done_at = now(), outcome = $2, locked_until = null where id = $1', [job.id, outcome]);
    if (outcome === 'sent')
      await tx.query('update notifications n set emailed_at = $2 from mail_jobs j where j.id = $1 and n.id = any(j.notification_ids)', [
        job.id,
        now,
      ]);
  });
}

/** A job failed: released, to run again after `retryInMs`. */
export async function mailFailed(db: Db, job: MailJob, error: string, retryInMs: number): Promise<void> {
  await db.query(
    "update mail_jobs set locked_until = null, run_at = now() + ($2::int * interval '1 millisecond'), last_error = $3 where id = $1",
    [job.id, Math.round(retryInMs), error.slice(0, 200)],
  );
}
