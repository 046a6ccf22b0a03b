import { mailText } from './mailText';
import type { NotifierLog, NotifierOptions } from './NotifierOptions';

/** Lease on a claimed e-mail: longer than the SMTP timeouts, so no other instance retries a send in progress. */
const LEASE_MS = 5 * 60_000;

/** Sends one claimed e-mail from the queue; false when there was none or the send failed (it is retried later, backing off). */
async function sendOne(o: NotifierOptions, log: NotifierLog): Promise<boolean> {
  const job = await o.store.claimMail(LEASE_MS);
  if (!job) return false;
  if (!job.to || job.items.length === 0 || job.preference === 'av') {
    await o.store.mailDone(job, job.preference === 'av' ? 'turned_off' : 'no_address', o.clock.now());
    return true;
  }
  try {
    await o.mailer!.send({ to: job.to, ...mailText(job.items, o.publicUrl), idempotencyKey: job.key });
  } catch (e) {
    // The error's code only: a message might quote an address.
    const code = (e as { code?: unknown }).code;
    const wait = Math.min(o.retryMaxMs ?? 3_600_000, (o.retryBaseMs ?? 30_000) * 2 ** Math.min(20, job.attempts - 1));
    await o.store.mailFailed(job, typeof code === 'string' ? code : 'fel', wait);
    log({ job: job.id, attempts: job.attempts, code, retryInMs: wait }, 'mail not sent, will retry');
    return false;
  }
  await o.store.mailDone(job, 'sent', o.clock.now());
  return true;
}

/** The queue's sender on this instance: one drain at a time, `pending` awaited on stop. */
export function mailSender(o: NotifierOptions, log: NotifierLog, stopped: () => boolean) {
  let draining: Promise<void> | undefined;
  return {
    /** Sends every due e-mail this instance can claim; stops at the first failure (the server is likely down). */
    drain(): Promise<void> {
      if (!o.mailer || stopped()) return Promise.resolve();
      draining ??= (async () => {
        try {
          while (!stopped() && (await sendOne(o, log)));
        } catch (e) {
          log({ err: String(e) }, 'mail queue could not be read');
        }
      })().finally(() => (draining = undefined));
      return draining;
    },
    pending: () => draining,
  };
}
