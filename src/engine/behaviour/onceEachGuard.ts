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
    return [
      typeof p.message === 'string' ? `${p.message} (${done.at.slice(0, 10)}).` : `Du har redan gjort det (${done.at.slice(0, 10)}).`,
    ];
  },
  // The path search does not follow who has done an own step.
  abstract: () => 'unknown',
  checkParams: (p) => (p.message === undefined || typeof p.message === 'string' ? undefined : 'message ska vara en text'),
};
