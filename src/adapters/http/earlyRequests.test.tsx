// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderSignedIn, shippedRegistry, testBackend } from '../../../test/support/uiServices';
import { AllaArenden } from '../../ui/arenden/AllaArenden';
import { MinaUppgifter } from '../../ui/inbox/MinaUppgifter';
import { firstRequests, sendEarly } from './earlyRequests';
import { httpArenden } from './httpArenden';
import type { HttpRegistry } from './httpRegistry';
import { request } from './request';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const keyOf = (method: string, path: string, body: unknown) => `${method} ${path} ${body === undefined ? '' : String(body)}`;

/** Every request a fetch stub was asked for, as `METHOD path body`; each answered with an empty list. */
function recordFetch(answer: (n: number) => Response = () => Response.json({ rows: [], total: 0, overdue: 0 })) {
  const seen: string[] = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    seen.push(keyOf(init.method ?? 'GET', path, init.body));
    return answer(seen.length);
  });
  return seen;
}

/** The requests a page sends for its first rows, through the real HTTP adapter. */
async function pageRequests(page: ReactElement): Promise<string[]> {
  const seen = recordFetch();
  const http = httpArenden({} as HttpRegistry);
  renderSignedIn(page, {
    userId: 'user:sara',
    backend: testBackend({ registry: shippedRegistry(), list: http.list, inbox: http.inbox, intake: async () => [] }),
  });
  await waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2));
  return seen;
}

const posts = (hash: string) =>
  firstRequests(hash)
    .filter((r) => r.method === 'POST')
    .map((r) => keyOf(r.method, r.path, JSON.stringify(r.body)));

describe('the first requests, sent by the entry before the app has loaded', () => {
  it('are the very requests Alla ärenden and Mina uppgifter send for their first rows and counts', async () => {
    expect((await pageRequests(<AllaArenden />)).sort()).toEqual(posts('#/arenden').sort());
    cleanup();
    expect((await pageRequests(<MinaUppgifter />)).sort()).toEqual(posts('#/').sort());
  });

  it('ask for the session and definitions on every signed-in page, nothing on the public form', () => {
    expect(firstRequests('#/arende/arende:1').map((r) => r.path)).toEqual(['/api/session', '/api/definitions']);
    expect(firstRequests('#/lamna/synpunkter')).toEqual([]);
  });

  it('are answered once from what was sent early; a refused early answer (401) is asked for again', async () => {
    const seen = recordFetch((n) => (n === 1 ? new Response('{}', { status: 401 }) : Response.json({ session: { n } })));
    sendEarly([{ method: 'GET', path: '/api/session' }]);
    expect(await request('GET', '/api/session')).toEqual({ session: { n: 2 } });
    expect(seen).toEqual(['GET /api/session ', 'GET /api/session ']);
    expect(await request('GET', '/api/session')).toEqual({ session: { n: 3 } });

    sendEarly([{ method: 'POST', path: '/api/inbox', body: { limit: 50 } }]);
    expect(await request('POST', '/api/inbox', { limit: 50 })).toEqual({ session: { n: 4 } });
    expect(seen).toHaveLength(4);

    // Someone signs in (or out) before a page took its early answer: the page asks anew, as the new session.
    sendEarly([{ method: 'POST', path: '/api/inbox', body: { limit: 50 } }]);
    await request('POST', '/api/session/demo', { userId: 'user:erik' });
    expect(await request('POST', '/api/inbox', { limit: 50 })).toEqual({ session: { n: 7 } });
  });
});
