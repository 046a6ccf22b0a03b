/** The database cannot be reached (refused, dropped or restarting): the HTTP layer answers 503. */
export class DbUnavailableError extends Error {
  readonly code = 'db_unavailable';
  constructor(cause?: unknown) {
    super('Databasen svarar inte just nu. Försök igen om en stund.', { cause });
    this.name = 'DbUnavailableError';
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNABORTED',
]);
// 57P01–57P03: shutdown, crash, not yet accepting; 53300: too many connections; class 08: connection exceptions.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'connection error and is not queryable',
    'Client was closed and is not queryable',
    'Cannot use a pool after calling end',
  ].join('|'),
  'i',
);

/** True for errors that mean "no database right now", never for errors of the statement itself. */
export function isUnavailable(e: unknown): boolean {
  if (e instanceof DbUnavailableError) return true;
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : '';
  if (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')) return true;
  return typeof err?.message === 'string' && MESSAGES.test(err.message);
}
