/** Header every state-changing request carries; the server refuses requests without it (CSRF). */
export const CLIENT_HEADER = 'x-kvalitetsflode';

/** How long an answer sent for early stays usable: it is for the page the tab opened on, not one visited later. */
const USABLE_MS = 10_000;

export interface EarlyRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

const sent = new Map<string, { at: number; answer: Promise<Response> }>();

const keyOf = (method: string, path: string, body: unknown) => `${method} ${path} ${body === undefined ? '' : JSON.stringify(body)}`;

/** The fetch options of one JSON request to the API. */
export function jsonInit(method: string, body?: unknown): RequestInit {
  return {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(method === 'GET' ? {} : { [CLIENT_HEADER]: '1' }),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  };
}

/**
 * What the page a tab opens on asks for first: the session and the definitions always, and the first page of rows (and
 * its count) on Mina uppgifter and Alla ärenden. The bodies are the ones the pages send (`firstRequests.test.ts`).
 */
export function firstRequests(hash: string): EarlyRequest[] {
  const page = hash.replace(/^#\/?/, '');
  if (page.startsWith('lamna/')) return [];
  const always: EarlyRequest[] = [
    { method: 'GET', path: '/api/session' },
    { method: 'GET', path: '/api/definitions' },
  ];
  if (page === '')
    return [...always, { method: 'POST', path: '/api/inbox', body: { limit: 50 } }, post('/api/inbox', { limit: 1, withTotal: true })];
  if (page === 'arenden') {
    const query = { order: 'newest', limit: 100 };
    return [...always, post('/api/arenden/list', { query }), post('/api/arenden/list', { query: { ...query, limit: 1 }, withTotal: true })];
  }
  return always;
}

const post = (path: string, body: unknown): EarlyRequest => ({ method: 'POST', path, body });

/** Sends the first requests at once, before the app's JavaScript has loaded; the app takes their answers (`takeEarly`). */
export function sendEarly(requests: readonly EarlyRequest[]): void {
  for (const r of requests)
    sent.set(keyOf(r.method, r.path, r.body), { at: performance.now(), answer: fetch(r.path, jsonInit(r.method, r.body)) });
}

/** Signing in or out drops what was sent early: it was asked for by the session before. */
export function forgetEarly(): void {
  sent.clear();
}

/**
 * The answer to the same request sent early, once; undefined when none was sent or it is too old. An early answer the
 * session refused (a 401: someone signed in since) or that never came is asked for again (`fresh`).
 */
export function takeEarly(method: string, path: string, body: unknown, fresh: () => Promise<Response>): Promise<Response> | undefined {
  const key = keyOf(method, path, body);
  const early = sent.get(key);
  if (!early) return undefined;
  sent.delete(key);
  if (performance.now() - early.at > USABLE_MS) return undefined;
  return early.answer.then((r) => (r.status === 401 ? fresh() : r), fresh);
}
