import type { Db } from '../Db';
import type { NotificationStore } from '../../notifications/NotificationStore';
import { claimMail, mailDone, mailFailed, queueDigests } from './pgMailQueue';
import {
  emailPreference,
  listNotifications,
  markNotificationsRead,
  recordNotifications,
  setEmailPreference,
  unreadNotifications,
} from './pgNotificationInbox';
import { dueForSweep, scheduleNotifications, takeSweep } from './pgNotificationSweep';
import { reminderStats } from './pgReminderStats';

/** Notifications on PostgreSQL: a person's list and choice (inbox), the mail queue, the sweep's schedule and lease, the stats. */
export function pgNotificationStore(db: Db): NotificationStore {
  return {
    record: (list, now, mail, schedule) => recordNotifications(db, list, now, mail, schedule),
    list: (userId, limit) => listNotifications(db, userId, limit),
    unread: (userId) => unreadNotifications(db, userId),
    markRead: (userId, ids, now) => markNotificationsRead(db, userId, ids, now),
    preference: (userId) => emailPreference(db, userId),
    setPreference: (userId, email, now) => setEmailPreference(db, userId, email, now),
    queueDigests: (day) => queueDigests(db, day),
    claimMail: (leaseMs) => claimMail(db, leaseMs),
    mailDone: (job, outcome, now) => mailDone(db, job, outcome, now),
    mailFailed: (job, error, retryInMs) => mailFailed(db, job, error, retryInMs),
    schedule: (rows) => scheduleNotifications(db, rows),
    dueForSweep: (now) => dueForSweep(db, now),
    reminderStats: (enheter) => reminderStats(db, enheter),
    takeSweep: (holdMs) => takeSweep(db, holdMs),
  };
}
