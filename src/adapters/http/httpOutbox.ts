import type { OutboxItem, ReportOutcome } from '../../api/Backend';
import { BackendError } from '../../api/Backend';
import type { ReportRequest } from '../../api/contract';
import type { OpenDb } from '../dexie/KvalitetsDb';
import { OFFLINE } from './request';

type Sent = Exclude<ReportOutcome, { queued: true }>;

/**
 * Rapporter written while the server could not be reached wait in IndexedDB, per person, and are sent in
 * order once it answers; the client-chosen `arendeId` makes a resend land once. A refusal is kept with its reason.
 */
export function httpOutbox(
  db: OpenDb,
  userId: () => string | undefined,
  send: (body: ReportRequest & { arendeId: string }) => Promise<Sent>,
) {
  const listeners = new Set<() => void>();
  let flushing: Promise<number> | undefined;
  const changed = () => listeners.forEach((cb) => cb());

  async function flushOutbox(): Promise<number> {
    const user = userId();
    if (!user) return 0;
    let sent = 0;
    const waiting = (await (await db()).outbox.where('userId').equals(user).toArray()).filter((r) => r.state === 'waiting');
    for (const row of waiting.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      try {
        const r = await send({ processType: row.processType, enhetId: row.enhetId, data: row.data, arendeId: row.id });
        if (r.ok) {
          await (await db()).outbox.delete(row.id);
          sent++;
        } else await (await db()).outbox.put({ ...row, state: 'refused', refusal: r.rejection.message });
      } catch (e) {
        if (e instanceof BackendError && (e.code === OFFLINE || e.status >= 500 || e.status === 401)) break;
        await (await db()).outbox.put({ ...row, state: 'refused', refusal: e instanceof Error ? e.message : String(e) });
      }
      changed();
    }
    return sent;
  }

  const outbox = {
    items: async (): Promise<OutboxItem[]> => {
      const user = userId();
      if (!user) return [];
      const rows = await (await db()).outbox.where('userId').equals(user).toArray();
      return rows.map(({ userId: _u, ...item }) => item).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    flush: (): Promise<number> => {
      flushing ??= flushOutbox().finally(() => (flushing = undefined));
      return flushing;
    },
    discard: async (id: string): Promise<void> => {
      await (await db()).outbox.delete(id);
      changed();
    },
    onChange: (cb: () => void): (() => void) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };

  /** Keeps a rapport the server could not be reached for; it is sent with the next flush. */
  async function queue(user: string, body: ReportRequest & { arendeId: string }, createdAt: string): Promise<void> {
    await (
      await db()
    ).outbox.put({
      id: body.arendeId,
      userId: user,
      processType: body.processType,
      enhetId: body.enhetId,
      data: body.data,
      createdAt,
      state: 'waiting',
    });
    changed();
  }

  return { outbox, queue };
}
