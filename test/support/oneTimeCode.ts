import { expect } from 'vitest';
import { oneTimeSession } from './serverProcess';
import type { ReceivedMail } from './smtpSink';

const CODE = /\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){3}\b/g;

/** The mails to `to` that carry a one-time code. */
export const codeMails = (mails: readonly ReceivedMail[], to: string) =>
  mails.filter((m) => m.to.includes(to) && (m.body.match(CODE) ?? []).length > 0);

/** The one-time code in the newest mail to `to`: the server mails it to the person only (issue 22). */
export async function codeMailedTo(mails: () => readonly ReceivedMail[], to: string, after = 0): Promise<string> {
  const sent = () => codeMails(mails(), to);
  await expect.poll(() => sent().length, { timeout: 5000 }).toBeGreaterThan(after);
  return sent().at(-1)!.body.match(CODE)!.at(-1)!;
}

/**
 * The administratör gives a person a user name; the person reads the code from her e-mail and chooses her own password:
 * her session's headers.
 */
export async function resetAndSignIn(
  server: { url: string; mails(): readonly ReceivedMail[] },
  admin: Record<string, string>,
  person: { userId: string; username: string; epost: string; own: string },
): Promise<Record<string, string>> {
  const before = codeMails(server.mails(), person.epost).length;
  const res = await fetch(`${server.url}/api/admin/personer/${encodeURIComponent(person.userId)}/inloggning`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ username: person.username }),
  });
  if (!res.ok) throw new Error(`Engångskod till ${person.userId}: ${res.status} ${await res.text()}`);
  const code = await codeMailedTo(server.mails, person.epost, before);
  return oneTimeSession(server.url, person.username, code, person.own);
}
