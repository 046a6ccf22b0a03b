import { BackendError } from '../../api/Backend';

/** Header every state-changing request carries; the server refuses requests without it (CSRF). */
export const CLIENT_HEADER = 'x-kvalitetsflode';

export const OFFLINE = 'offline';

const sessionLost = new Set<() => void>();

/** Registers a callback for a 401 on any request but the session check itself. */
export function onUnauthenticated(cb: () => void): () => void {
  sessionLost.add(cb);
  return () => sessionLost.delete(cb);
}

/**
 * One JSON request to the API. Error answers become a BackendError with the server's Swedish
 * message; answers in `accept` (e.g. a refused step, 409/422) are returned as values instead.
 */
export async function request<T>(method: string, path: string, body?: unknown, accept: readonly number[] = []): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(method === 'GET' ? {} : { [CLIENT_HEADER]: '1' }),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new BackendError('Servern går inte att nå just nu. Kontrollera nätverket och försök igen.', 0, OFFLINE);
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    throw new BackendError(`Servern svarade oväntat (${res.status}).`, res.status, 'bad_answer');
  }
  if (res.ok || accept.includes(res.status)) return parsed as T;
  // A wrong password is not a lost session.
  if (res.status === 401 && path !== '/api/session' && !path.startsWith('/api/session/local')) for (const cb of sessionLost) cb();
  const error = (parsed as { error?: { code?: string; message?: string; details?: string[] } } | undefined)?.error;
  throw new BackendError(
    error?.message ?? `Servern svarade med fel ${res.status}.`,
    res.status,
    error?.code ?? 'error',
    error?.details ?? [],
  );
}
