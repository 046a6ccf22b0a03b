import type { Db } from '../Db';
import type { EmailPreference, NotificationRow, NotificationStore } from '../../notifications/NotificationStore';

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
)
select count(*)::int as n from ins`;

// The oldest due job no other instance holds; SKIP LOCKED lets two instances claim different rows at once.
const CLAIM = `
update mail_jobs set locked_until = now() + ($1::int * interval '1 millisecond'), attempts = attempts + 1
where id = (
  select id from mail_jobs
  where done_at is null and run_at <= now() and (locked_until is null or locked_until < now())
  order by run_at, id limit 1 for update skip locked
)
returning id::text, key, recipient_id, attempts, notification_ids::text[] as ids`;

export function pgNotificationStore(db: Db): NotificationStore {
  return {
    async record(list, now, mail) {
      if (list.length === 0) return 0;
      const rows = list.map((n) => ({
        key: n.key,
        recipient_id: n.recipientId,
        kind: n.kind,
        arende_id: n.arendeId,
        step_title: n.stepTitle,
        due_at: n.dueAt ?? null,
        notify_at: n.notifyAt,
      }));
      const { rows: out } = await db.query<{ n: number }>(RECORD, [JSON.stringify(rows), now, mail]);
      return out[0]?.n ?? 0;
    },

    async list(userId, limit) {
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
      return { items, unread: await this.unread(userId) };
    },

    async unread(userId) {
      const { rows } = await db.query<{ n: number }>(
        'select count(*)::int as n from notifications where recipient_id = $1 and read_at is null',
        [userId],
      );
      return rows[0]?.n ?? 0;
    },

    async markRead(userId, ids, now) {
      if (ids === 'all') await db.query('update notifications set read_at = $2 where recipient_id = $1 and read_at is null', [userId, now]);
      else
        await db.query('update notifications set read_at = $3 where recipient_id = $1 and id = any($2::bigint[]) and read_at is null', [
          userId,
          ids,
          now,
        ]);
    },

    async preference(userId) {
      const { rows } = await db.query<{ email: EmailPreference }>('select email from notification_preferences where user_id = $1', [
        userId,
      ]);
      return rows[0]?.email ?? 'direkt';
    },

    async setPreference(userId, email, now) {
      await db.query(
        `insert into notification_preferences (user_id, email, updated_at) values ($1, $2, $3)
         on conflict (user_id) do update set email = excluded.email, updated_at = excluded.updated_at`,
        [userId, email, now],
      );
    },

    async queueDigests(day) {
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
    },

    async claimMail(leaseMs) {
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
    },

    async mailDone(job, outcome, now) {
      await db.transaction(async (tx) => {
        await tx.query('update mail_jobs set done_at = now(), outcome = $2, locked_until = null where id = $1', [job.id, outcome]);
        if (outcome === 'sent')
          await tx.query('update notifications n set emailed_at = $2 from mail_jobs j where j.id = $1 and n.id = any(j.notification_ids)', [
            job.id,
            now,
          ]);
      });
    },

    async mailFailed(job, error, retryInMs) {
      await db.query(
        "update mail_jobs set locked_until = null, run_at = now() + ($2::int * interval '1 millisecond'), last_error = $3 where id = $1",
        [job.id, Math.round(retryInMs), error.slice(0, 200)],
      );
    },

    async schedule(rows) {
      if (rows.length === 0) return;
      await db.query(
        `insert into notification_schedule (arende_id, next_at)
         select x.arende_id, x.next_at from json_to_recordset($1::json) as x(arende_id text, next_at text)
         on conflict (arende_id) do update set next_at = excluded.next_at`,
        [JSON.stringify(rows.map((r) => ({ arende_id: r.arendeId, next_at: r.nextAt })))],
      );
    },

    async dueForSweep(now) {
      // A changed role assignment asks for every open ärende once (the flag is taken by whoever sweeps first).
      const replan = (await db.query('delete from notification_replan where id = 1 returning id')).rowCount > 0;
      const { rows } = await db.query<{ id: string; first: boolean }>(
        `select arende_id as id, false as first from notification_schedule s
         where s.next_at <= $1 or ($2::boolean and exists (select 1 from summaries m where m.arende_id = s.arende_id and m.status = 'open'))
         union all
         select m.arende_id, true from summaries m where m.status = 'open' and not exists (select 1 from notification_schedule s where
           s.arende_id = m.arende_id)
         order by 1`,
        [now, replan],
      );
      return rows.map((r) => ({ arendeId: r.id, first: r.first }));
    },

    async reminderStats(enheter) {
      // A deadline step (ref frist:<path>:<obligation>) counts as done when the ärende is closed or no longer lists it open.
      const { rows } = await db.query<{ step_title: string; steps: number; reminders: number; after: number }>(
        `with r as (
           select n.arende_id, split_part(n.key, '|', 3) as ref, min(n.step_title) as step_title,
                  count(distinct n.notify_at) filter (where n.kind in ('frist_nara', 'paminnelse')) as before_due,
                  bool_or(n.kind = 'frist_passerad') as passed
           from notifications n
           where n.kind in ('frist_nara', 'paminnelse', 'frist_passerad') and split_part(n.key, '|', 3) like 'frist:%'
           group by 1, 2
         )
         select r.step_title, count(*)::int as steps, sum(r.before_due)::int as reminders, (count(*) filter (where r.passed))::int as after
         from r join summaries m on m.arende_id = r.arende_id
         where ($1::text[] is null or m.enhet_id = any($1::text[]))
           and (m.status = 'closed' or not exists (select 1 from json_array_elements(m."row"->'deadlines') d where d->>'id' =
             split_part(r.ref, ':', 3)))
         group by r.step_title order by steps desc, r.step_title`,
        [enheter ?? null],
      );
      return rows.map((r) => ({ stepTitle: r.step_title, steps: r.steps, reminders: r.reminders, afterDeadline: r.after }));
    },

    async takeSweep(holdMs) {
      const { rows } = await db.query(
        `insert into notification_sweeps (name, locked_until) values ('sweep', now() + ($1::int * interval '1 millisecond'))
         on conflict (name) do update set locked_until = excluded.locked_until where notification_sweeps.locked_until < now()
         returning name`,
        [Math.round(holdMs)],
      );
      return rows.length > 0;
    },
  };
}
