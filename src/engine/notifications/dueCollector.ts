import type { DueNotification } from './deriveNotifications';

/** A notification before its recipients are known. */
export type PlannedNotification = Omit<DueNotification, 'key' | 'arendeId' | 'recipientId'>;

/** Gathers one ärende's notifications: those due by `now` (once per key), and the earliest instant after it. */
export function dueCollector(arendeId: string, now: string) {
  const out = new Map<string, DueNotification>();
  let nextAt: string | undefined;
  return {
    add(n: PlannedNotification, recipients: readonly string[]): void {
      if (n.notifyAt > now) {
        if (recipients.length && (nextAt === undefined || n.notifyAt < nextAt)) nextAt = n.notifyAt;
        return;
      }
      for (const recipientId of new Set(recipients)) {
        const key = [arendeId, n.kind, n.ref, recipientId, n.notifyAt].join('|');
        out.set(key, { ...n, key, arendeId, recipientId });
      }
    },
    plan(): { due: DueNotification[]; nextAt: string | undefined } {
      return { due: [...out.values()].sort((a, b) => a.notifyAt.localeCompare(b.notifyAt) || a.key.localeCompare(b.key)), nextAt };
    },
  };
}
