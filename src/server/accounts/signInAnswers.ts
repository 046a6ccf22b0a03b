import { rateLimit } from '../limits/RateLimits';
import type { RateLimits } from '../limits/RateLimits';

/** One answer for a wrong name, a wrong password and a locked account; the lock's end is the administratör's to tell. */
export const SIGN_IN_REFUSED =
  'Fel användarnamn eller lösenord. Efter flera misslyckade försök i rad spärras kontot en stund; vänta en stund och försök ' +
  'igen, eller be administratören om ett nytt lösenord.';

/**
 * Failed sign-ins per address, at most ten a minute, counted on every instance together; the sign-in and the change of
 * a one-time code share it, so neither is a way round the other. Only failures count (a whole office signs in).
 */
export const signInFailures = (limits: RateLimits) => rateLimit(limits, 'inloggning', 10, 60_000);

/** The right one-time code after its time (only one who has the code hears it, so it tells nothing to a guesser). */
export const CODE_EXPIRED =
  'Engångskoden har gått ut: den gäller i 24 timmar och bara en gång. Be administratören skicka en ny till din e-post.';
