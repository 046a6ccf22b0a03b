import type { Db } from '../Db';
import type { PersonInput } from '../../../api/contract';
import { ApiFailure } from '../../http/apiError';
import { isLoginSubjectConflict, loginSubjectProblem, loginSubjectTaken, ownLoginSubject } from '../../organisation/loginSubject';
import { newId } from '../../organisation/newId';
import { emailChanged } from './emailChanged';
import { loginSubjectChanged } from './loginSubjectChanged';
import { requestLoginSubject } from './loginSubjectRequest';
import { loginSubjectHolder } from './loginSubjectHolder';
import type { OrgWrite } from './orgLookup';
import { unknown } from './orgLookup';
import { recordChange } from './recordChange';

type Input = PersonInput & { userId?: string };

/** A new person or an existing one's details; an inloggnings-id belongs to one person only and is never one's own to change. */
export function savePerson(write: OrgWrite, input: Input, by: string, at: string): Promise<string> {
  const loginSubject = input.inloggningsId?.trim() || undefined;
  const problem = loginSubject === undefined ? undefined : loginSubjectProblem(loginSubject);
  if (problem) return Promise.reject(new ApiFailure(400, 'invalid_request', problem));
  const saved = write(async (tx) => {
    if (loginSubject) {
      const holder = await loginSubjectHolder(tx, loginSubject, input.userId);
      if (holder) throw loginSubjectTaken(loginSubject, holder.namn);
    }
    const values = [input.namn, input.titel ?? null, input.telefon ?? null, input.epost ?? null, loginSubject ?? null];
    if (input.userId) return updatePerson(tx, input.userId, input.namn, values, loginSubject, by, at);
    const id = newId('user', input.namn);
    await tx.query('insert into users (id, namn, titel, telefon, epost, login_subject, created_at) values ($1, $2, $3, $4, $5, $6, $7)', [
      id,
      ...values,
      at,
    ]);
    await recordChange(tx, at, by, 'person', id, `Ny person: ${input.namn}${loginSubject ? `, inloggnings-id ${loginSubject}` : ''}`, {
      namn: input.namn,
    });
    return id;
  });
  // Two saves of the same id at once: the unique index decides, and the loser hears it in Swedish.
  return saved.catch((e: unknown) => {
    throw loginSubject && isLoginSubjectConflict(e) ? loginSubjectTaken(loginSubject, 'en annan person') : e;
  });
}

async function updatePerson(
  tx: Db,
  userId: string,
  namn: string,
  values: unknown[],
  loginSubject: string | undefined,
  by: string,
  at: string,
): Promise<string> {
  const { rows } = await tx.query<{ login_subject: string | null; epost: string | null }>(
    'select login_subject, epost from users where id = $1',
    [userId],
  );
  if (!rows[0]) throw unknown('Personen', userId);
  const before = rows[0].login_subject ?? undefined;
  const mailBefore = rows[0].epost?.trim() || undefined;
  // Who signs in as whom through the identity provider: never one's own to change (issue 22).
  if (before !== loginSubject && userId === by) throw ownLoginSubject();
  // A new or changed id waits for a second person; taken away it ends at once (it opens nothing).
  const waits = loginSubject !== undefined && before !== loginSubject;
  const stored = [...values.slice(0, 4), waits ? (before ?? null) : (loginSubject ?? null)];
  await tx.query('update users set namn = $2, titel = $3, telefon = $4, epost = $5, login_subject = $6 where id = $1', [userId, ...stored]);
  await recordChange(tx, at, by, 'person', userId, `Uppgifterna om ${namn} ändrades`, { namn });
  await emailChanged(tx, { userId, namn, before: mailBefore, after: (values[3] as string | null) ?? undefined, by, at });
  if (waits) await requestLoginSubject(tx, { userId, namn, loginSubject, by, at });
  else if (before !== loginSubject) await loginSubjectChanged(tx, { userId, namn, before, after: loginSubject, by, at });
  return userId;
}
