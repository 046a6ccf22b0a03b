/** Passwords people actually choose first; a long list of breached ones would be better (NIST 800-63B) but is not shipped. */
const COMMON = new Set([
  'lösenord',
  'losenord',
  'password',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'qwertyuiopå',
  'asdfghjkl',
  'abc123',
  'letmein',
  'welcome',
  'välkommen',
  'valkommen',
  'sommar',
  'vinter',
  'hösten',
  'varen',
  'kvalitet',
  'kvalitetsflode',
  'kvalitetsflöde',
  'socialtjänst',
  'hemtjänst',
  'admin',
  'administrator',
  'administratör',
  'användare',
  'changeme',
  'iloveyou',
  'monkey',
  'dragon',
  'sunshine',
]);

/**
 * Why a new password is refused, in Swedish, or undefined: length, not guessable from the person, not a common one – no composition rules.
 */
export function passwordProblem(password: string, person: { username: string; namn: string }): string | undefined {
  const chars = [...password];
  if (chars.length < 12) return 'Lösenordet måste ha minst 12 tecken. En fras av flera ord är lätt att minnas och svår att gissa.';
  if (chars.length > 128) return 'Lösenordet får ha högst 128 tecken.';
  const folded = password.toLowerCase();
  const bare = folded.replace(/[\d\s!?.,_-]+$/u, '').replace(/^[\d\s]+/u, '');
  if (
    COMMON.has(folded) ||
    COMMON.has(bare) ||
    /^(.)\1+$/u.test(password) ||
    /^(0123456789|1234567890|12345678901|123456789012)/.test(password)
  )
    return 'Lösenordet är för vanligt och lätt att gissa. Välj ett annat, gärna en fras av flera ord.';
  const parts = [person.username, ...person.namn.split(/\s+/)].map((p) => p.toLowerCase()).filter((p) => p.length >= 3);
  if (parts.some((p) => folded.includes(p))) return 'Lösenordet får inte innehålla ditt namn eller användarnamn.';
  return undefined;
}
