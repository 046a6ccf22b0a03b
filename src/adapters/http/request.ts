import { BackendError } from '../../api/Backend';
import { forgetEarly, jsonInit, takeEarly } from './earlyRequests';

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
    if (method !== 'GET' && path.startsWith('/api/session')) forgetEarly();
    const fresh = () => fetch(path, jsonInit(method, body));
    // The first page's requests were sent by the entry before this code had loaded (src/boot.ts).
    res = await (takeEarly(method, path, body, fresh) ?? fresh());
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
