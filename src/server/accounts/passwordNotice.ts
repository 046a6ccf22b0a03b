import type { ServerContext } from '../ServerContext';
import type { OutgoingMail } from '../notifications/Mailer';
import { ONE_TIME_CODE_HOURS } from './oneTimeCode';

/** What the person reads in the app: that a code was mailed to her, nothing about who or why. */
export const PASSWORD_NOTICE = 'Administratören har skickat en engångskod till din e-post. Välj ett eget lösenord när du loggar in med den';

/**
 * The e-mail with the code, to the person only: no name, no user name (the administratör tells it), only the code,
 * how long it works and the link. It goes whatever her choice of e-mails: she cannot sign in without it.
 */
export function oneTimeCodeMail(code: string, publicUrl: string): Pick<OutgoingMail, 'subject' | 'text'> {
  return {
    subject: 'Engångskod till Kvalitetsflöde',
    text:
      `Administratören har gett dig en engångskod till Kvalitetsflöde:\n\n    ${code}\n\n` +
      `Logga in med ditt användarnamn och koden inom ${ONE_TIME_CODE_HOURS} timmar; sedan väljer du ett eget lösenord. ` +
      `Koden fungerar bara en gång och bara för det. Har du inte bett om den, kontakta administratören.\n\n` +
      `${publicUrl.replace(/\/$/, '')}/\n`,
  };
}

/** Tells the person in the app that the administratör reset her password (issue 22); the e-mail was the code's own. */
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
    false,
  );
}
