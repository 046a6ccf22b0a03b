import { OVERVIEW_ROLES, scopeCovers, weeklyOverview } from '../../engine/internal';
import { peopleAt } from './NotifierOptions';
import type { NotifierOptions } from './NotifierOptions';

/**
 * Mondays: each SAS and chef hears how many open ärenden in their enheter are overdue (a count, nothing more).
 * The function remembers this instance's last week; another instance may count again, and the keys keep it single.
 */
export function weeklyOverviews(o: NotifierOptions): (now: string) => Promise<number> {
  let overviewDone: string | undefined;
  return async (now) => {
    const week = weeklyOverview('?', 1, now, o.digestTime)?.ref;
    if (!week || week === overviewDone) return 0;
    const [org, all] = await Promise.all([o.directory.organisation(), peopleAt(o, now)]);
    const list = [];
    for (const person of all) {
      const held = person.roles.filter((a) => OVERVIEW_ROLES.includes(a.role));
      if (held.length === 0) continue;
      const enheter = org.enheter.filter((e) => held.some((a) => scopeCovers(org, a, e.id))).map((e) => e.id);
      if (enheter.length === 0) continue;
      const overdue = await o.engine.count({ scope: { enheter }, status: 'open', overdueAt: now });
      const n = weeklyOverview(person.userId, overdue, now, o.digestTime);
      if (n) list.push(n);
    }
    const added = await o.store.record(list, now, o.mailer !== undefined);
    overviewDone = week;
    return added;
  };
}
