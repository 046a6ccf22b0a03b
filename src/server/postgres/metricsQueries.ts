import type { Db } from './Db';

/** E-mails waiting to be sent (not done), due or backing off: the queue depth operations watch. */
export async function mailQueueDepth(db: Db): Promise<number> {
  const { rows } = await db.query<{ n: string }>('select count(*)::text as n from mail_jobs where done_at is null');
  return Number(rows[0]?.n ?? 0);
}
