import type { Db } from '../Db';
import type { ReminderStatsRow } from '../../../api/contract';

/** Reminders per done deadline step, within the enheter given (all: undefined). */
export async function reminderStats(db: Db, enheter: readonly string[] | undefined): Promise<ReminderStatsRow[]> {
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
}
