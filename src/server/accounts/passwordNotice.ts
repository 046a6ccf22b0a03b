import type { ServerContext } from '../ServerContext';

/** What the person reads in the app and in the e-mail: that a one-time password waits, nothing about who or why. */
export const PASSWORD_NOTICE = 'Administratören har gett dig ett engångslösenord. Välj ett eget lösenord när du loggar in';

/** Tells the person (in the app, and by e-mail as she chose) that the administratör set a password for her (issue 22). */
export async function tellPasswordSet(ctx: ServerContext, userId: string, at: string): Promise<void> {
  await ctx.notifications?.record(
    [
      {
        key: `konto|losenord|${userId}|${at}`,
        kind: 'losenord',
        arendeId: '',
        recipientId: userId,
        ref: 'konto',
        stepTitle: PASSWORD_NOTICE,
        notifyAt: at,
      },
    ],
    at,
    ctx.mailEnabled === true,
  );
}
