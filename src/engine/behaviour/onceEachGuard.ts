import { stockholmDate } from '../calendar/stockholmDate';
import type { GuardImpl } from '../model/GuardImpl';

/**
 * A step each person does for herself, once (the `recordOwnStep` action): refused when she has already done it, so a
 * second acknowledgment never replaces the first. `message` words the refusal for the process.
 */
export const onceEachGuard: GuardImpl = {
  readsEventData: false,
  describe: () => 'Var och en gör det en gång',
  test: (ctx, ev) => ctx.own?.[ev.type]?.[ev.actor.userId] === undefined,
  explain: (ctx, ev, p) => {
    const done = ctx.own?.[ev.type]?.[ev.actor.userId];
    if (!done) return [];
    // The day in Sweden, as every date the person sees.
    const day = stockholmDate(done.at) ?? done.at.slice(0, 10);
    return [typeof p.message === 'string' ? `${p.message} (${day}).` : `Du har redan gjort det (${day}).`];
  },
  // The path search does not follow who has done an own step.
  abstract: () => 'unknown',
  checkParams: (p) => (p.message === undefined || typeof p.message === 'string' ? undefined : 'message ska vara en text'),
};
