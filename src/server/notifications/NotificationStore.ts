import type { EmailPreference, NotificationItem, ReminderStatsRow } from '../../api/contract';
import type { DueNotification } from '../../engine/internal';

export type { EmailPreference };
export type NotificationRow = NotificationItem;

/** A claimed e-mail job: its lease is this instance's until it is completed, failed or expires. */
export interface MailJob {
  id: string;
  key: string;
  recipientId: string;
  attempts: number;
  to: string | null;
  /** The person's choice now: one who turned e-mail off after the job was queued gets none. */
  preference: EmailPreference;
  items: { stepTitle: string; dueAt: string | null }[];
}

export interface NotificationStore {
  /**
   * Records each notification once (by key) and queues its e-mail in the same statement; returns how many were new.
   * `schedule`: written in that statement too, as `schedule` writes it.
   */
  record(
    list: readonly DueNotification[],
    now: string,
    mail: boolean,
    schedule?: readonly { arendeId: string; nextAt: string | null }[],
  ): Promise<number>;
  list(userId: string, limit: number): Promise<{ items: NotificationRow[]; unread: number }>;
  unread(userId: string): Promise<number>;
  markRead(userId: string, ids: readonly string[] | 'all', now: string): Promise<void>;
  preference(userId: string): Promise<EmailPreference>;
  setPreference(userId: string, email: EmailPreference, now: string): Promise<void>;
  /** Queues one summary per person whose choice is a daily summary, for the Stockholm date `day`. */
  queueDigests(day: string): Promise<number>;
  claimMail(leaseMs: number): Promise<MailJob | undefined>;
  mailDone(job: MailJob, outcome: 'sent' | 'no_address' | 'turned_off', now: string): Promise<void>;
  mailFailed(job: MailJob, error: string, retryInMs: number): Promise<void>;
  /** Remembers when each ärende next has something fall due (null: nothing until it changes). */
  schedule(rows: readonly { arendeId: string; nextAt: string | null }[]): Promise<void>;
  /** Ärenden whose next time has come, and open ones never planned (`first`: written before notifications existed, or imported). */
  dueForSweep(now: string): Promise<{ arendeId: string; first: boolean }[]>;
  /** Reminders per done deadline step, within the enheter given (all: undefined). */
  reminderStats(enheter: readonly string[] | undefined): Promise<ReminderStatsRow[]>;
  /** Takes the sweep for `holdMs` if no instance holds it; true when this caller got it. */
  takeSweep(holdMs: number): Promise<boolean>;
}
