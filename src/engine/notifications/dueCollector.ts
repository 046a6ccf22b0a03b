import type { NotificationKind } from './NotificationPolicy';

/** One notification that is due for one person. It names a step, never what the ärende is about. */
export interface DueNotification {
  /** arendeId | kind | ref | recipient | notifyAt: the same fact always gives the same key, so it is recorded once. */
  key: string;
  kind: NotificationKind;
  /** Empty for the weekly overview, which is about several ärenden. */
  arendeId: string;
  recipientId: string;
  /** `steg:<path>`, `frist:<path>:<obligation id>` or `atgard:<id>`. */
  ref: string;
  /** The step's title from the definition (or "Åtgärd att genomföra"): no case content. */
  stepTitle: string;
  /** The deadline, when there is one. */
  dueAt?: string;
  /** When the notification fell due. */
  notifyAt: string;
}

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
