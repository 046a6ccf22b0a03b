import type { Actor, Clock, Directory, Engine, NotificationPolicy } from '../../engine/internal';
import type { Mailer } from './Mailer';
import type { NotificationStore } from './NotificationStore';

export type NotifierLog = (obj: Record<string, unknown>, msg: string) => void;

export interface NotifierOptions {
  store: NotificationStore;
  engine: Engine;
  directory: Directory;
  clock: Clock;
  /** All users' ids; each is resolved through the directory with the roles held now. */
  userIds(): Promise<string[]>;
  /** Absent: no e-mail is queued or sent (the in-app list still fills). */
  mailer?: Mailer;
  publicUrl: string;
  policy?: Partial<NotificationPolicy>;
  /** How often an instance offers to sweep; one instance at a time does (default 5 minutes; 0: never). */
  sweepMs?: number;
  /** How often the mail queue is polled (default 5 s). */
  pollMs?: number;
  /** First retry after a failed send, doubled each time up to `retryMaxMs` (defaults 30 s and 1 h). */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Europe/Stockholm time from which the day's summaries are sent (default 07:00). */
  digestTime?: string;
  log?: NotifierLog;
}

/** Everyone with the roles the directory gives them at `now`. */
export async function peopleAt(o: NotifierOptions, now: string): Promise<Actor[]> {
  const actors = await Promise.all((await o.userIds()).map((id) => o.directory.actorAt(id, now)));
  return actors.filter((a): a is Actor => a !== undefined);
}
