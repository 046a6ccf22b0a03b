import { ApiFailure } from '../http/apiError';
import type { OrganisationAdmin } from '../organisation/OrganisationAdmin';
import type { ServerContext } from '../ServerContext';
import { newOneTimeCode, oneTimeCodeUntil } from './oneTimeCode';
import { oneTimeCodeMail, tellPasswordSet } from './passwordNotice';

/** How long the one who changed a person's e-mail address may not send her a one-time code. */
const SAME_HAND_MS = 30 * 86_400_000;

/**
 * The administratör gives a person a user name and a new one-time code (issue 22): the server makes the code and mails it
 * to the person only, never to the administratör or a log, so she cannot sign in with it first. The person's sessions end.
 */
export async function resetPassword(
  ctx: ServerContext,
  store: OrganisationAdmin,
  req: { userId: string; username: string; by: string },
): Promise<void> {
  if (!ctx.accounts) throw new ApiFailure(501, 'not_available', 'Lokala konton finns inte på den här servern.');
  const { userId, username, by } = req;
  const person = await store.contact(userId);
  if (!person) throw new ApiFailure(422, 'invalid_data', `Personen "${userId}" finns inte i organisationen.`);
  if (!person.epost)
    throw new ApiFailure(
      422,
      'no_email',
      `${person.namn} har ingen e-postadress. Engångskoden skickas bara till personen själv: lägg in hennes e-postadress först.`,
    );
  // She who pointed the address somewhere else may not send the code there: another administratör does (issue 22).
  const changed = person.epostAndrad;
  if (changed?.by === by && Date.parse(ctx.clock.now()) - Date.parse(changed.at) < SAME_HAND_MS)
    throw new ApiFailure(
      403,
      'four_eyes',
      `Du ändrade ${person.namn}s e-postadress ${changed.at.slice(0, 10)}. Engångskoden skickas då av en annan administratör, ` +
        'så att ingen kan leda koden till sig själv. Inget har ändrats.',
    );
  if (!ctx.securityMail)
    throw new ApiFailure(
      501,
      'not_available',
      'Servern kan inte skicka e-post (KF_SMTP_URL saknas), så ingen engångskod kan skickas. Inget har ändrats.',
    );
  const at = ctx.clock.now();
  const code = newOneTimeCode();
  await ctx.accounts.set(userId, username, code, at, { oneTimeUntil: oneTimeCodeUntil(at) });
  await ctx.sessions.destroyAllFor(userId);
  await ctx.live.recheck(userId);
  const name = username.trim().toLowerCase();
  const text = `${person.namn} fick användarnamnet ${name} och en engångskod till sin e-post (byts vid nästa inloggning)`;
  await store.note('inloggning', userId, text, by, at);
  try {
    const mail = oneTimeCodeMail(code, ctx.securityMail.publicUrl);
    await ctx.securityMail.send({ to: person.epost, ...mail, idempotencyKey: `engangskod|${userId}|${at}` });
  } catch {
    // Nobody knows the code that was stored: the person is no worse off, and a new try makes a new one.
    throw new ApiFailure(502, 'mail_failed', 'E-postmeddelandet med engångskoden kunde inte skickas. Försök igen om en stund.');
  }
  await tellPasswordSet(ctx, userId, at);
}
