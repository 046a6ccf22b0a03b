import { ApiFailure } from '../http/apiError';

/**
 * A person's inloggnings-id (`users.login_subject`): the value of the identity provider's stable claim
 * that the OIDC sign-in matches exactly, so it is kept as written (trimmed) and unique.
 */
export function loginSubjectProblem(value: string): string | undefined {
  if (value.length > 200) return 'Inloggnings-id får ha högst 200 tecken.';
  if (/\s/.test(value)) return 'Inloggnings-id får inte innehålla mellanslag eller radbrytningar.';
  return undefined;
}

export const loginSubjectTaken = (loginSubject: string, holder: string) =>
  new ApiFailure(
    409,
    'conflict',
    `Inloggnings-id "${loginSubject}" används redan av ${holder}. Ett inloggnings-id kan bara höra till en person; ta bort det ` +
      `hos ${holder} först.`,
  );

/** Why the importer's or editor's own inloggnings-id is not hers to change: it decides who signs in as her. */
export const OWN_LOGIN_SUBJECT =
  'Du kan inte ändra ditt eget inloggnings-id: det avgör vem som loggar in som du. Be en annan administratör om ändringen.';

export const ownLoginSubject = () => new ApiFailure(403, 'self_login', OWN_LOGIN_SUBJECT);

/** A unique violation on login_subject: another save got there between the check and the write. */
export const isLoginSubjectConflict = (e: unknown): boolean =>
  typeof e === 'object' &&
  e !== null &&
  (e as { code?: string }).code === '23505' &&
  /login_subject/.test(String((e as { constraint?: string; message?: string }).constraint ?? (e as { message?: string }).message));

/** The kept line when a person's inloggnings-id is set, changed or removed. */
export const loginSubjectText = (namn: string, before: string | undefined, after: string | undefined): string =>
  after
    ? `${namn} fick inloggnings-id ${after}${before ? ` (tidigare ${before})` : ''}`
    : `${namn} har inte längre något inloggnings-id (var ${before ?? ''})`;
