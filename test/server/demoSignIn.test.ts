import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoPeople, SignInMethods } from '../../src/api/contract';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { demoSession } from '../support/serverProcess';

/** Demo mode (issue 10, item 1): the demo people are local accounts, and picking one goes through the same sessions. */
describe('demo sign-in on the real server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-demo-'));
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(readConfig({ KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0' }), { logger: false });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const json = { 'content-type': 'application/json', 'x-kvalitetsflode': '1' };

  it('offers the demo, local accounts and no identity provider when none is configured', async () => {
    const methods = (await (await fetch(`${server.url}/api/session/methods`)).json()) as SignInMethods;
    expect(methods).toEqual({ local: true, demo: true });
    expect((await fetch(`${server.url}/api/session/oidc/start`, { redirect: 'manual' })).status).toBe(404);
  });

  it('every demo person has a local account: first name and the demo password', async () => {
    const demo = (await (await fetch(`${server.url}/api/demo/people`)).json()) as DemoPeople;
    expect(demo.password).toBe(DEMO_PASSWORD);
    expect(demo.people.map((p) => p.userId).sort()).toEqual(DEMO_USERS.map((u) => u.userId).sort());
    expect(demo.people.find((p) => p.userId === 'user:sofia')?.username).toBe('sofia');
    const res = await fetch(`${server.url}/api/session/local`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: 'sofia', password: DEMO_PASSWORD }),
    });
    expect([res.status, ((await res.json()) as { user: { userId: string } }).user.userId]).toEqual([200, 'user:sofia']);
  });

  it('a person the administratör adds cannot be picked from the demo list, only signed in with her own account', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { ...adam, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const person = (await (await post('/api/admin/personer', { namn: 'Ida Ström' })).json()) as { userId: string };
    expect(
      (await post('/api/admin/roller', { userId: person.userId, role: 'medarbetare', scope: { kind: 'enhet', id: 'enhet:solgarden' } }))
        .status,
    ).toBe(200);
    const demo = (await (await fetch(`${server.url}/api/demo/people`)).json()) as DemoPeople;
    expect(demo.people.some((p) => p.userId === person.userId)).toBe(false);
    const picked = await fetch(`${server.url}/api/session/demo`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ userId: person.userId }),
    });
    expect(picked.status).toBe(403);
    expect(((await picked.json()) as { error: { message: string } }).error.message).toContain('Bara demoorganisationens personer');
    expect(picked.headers.getSetCookie().some((c) => c.startsWith('kf_session='))).toBe(false);
  });
});
