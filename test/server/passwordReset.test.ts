import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationsAnswer, OrganisationAnswer, SessionInfo } from '../../src/api/contract';
import { readConfig } from '../../src/server/config';
import { DEMO_PASSWORD } from '../../src/server/demo/demoPeople';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { demoSession, passwordSession } from '../support/serverProcess';
import { smtpSink } from '../support/smtpSink';

const CLIENT = { 'x-kvalitetsflode': '1' };

/** Password reset by an administratör (issue 22): a one-time password that opens only the change to one's own. */
describe('password reset by the administratör', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-losenord-'));
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let server: RunningServer;
  beforeAll(async () => {
    sink = await smtpSink();
    const env = { KF_DATA_DIR: dir, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', PORT: '0', KF_SMTP_URL: sink.url, KF_MAIL_POLL_SECONDS: '0.05' };
    server = await startServer(readConfig({ ...env, KF_NOTIFY_SWEEP_SECONDS: '3600', KF_PUBLIC_URL: 'https://kvalitet.example' }), {
      logger: false,
    });
  });
  afterAll(async () => {
    await server?.close();
    await sink?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const call = async <T>(method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('kf_session='))
      ?.split(';')[0];
    return { status: res.status, body: (await res.json()) as T, cookie };
  };
  const me = async (h: Record<string, string>) =>
    (await call<{ session: SessionInfo | null }>('GET', '/api/session', h)).body.session?.user.userId ?? null;
  type Failure = { error?: { code: string; message: string } };

  it('sets a one-time password: her sessions end, it only opens the change, works once, and she is told by notice and e-mail', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    const before = [await demoSession(server.url, 'user:anna'), await passwordSession(server.url, 'anna', DEMO_PASSWORD)];
    expect(await Promise.all(before.map(me))).toEqual(['user:anna', 'user:anna']);

    const oneTime = 'ett engångslösenord från adam';
    const reset = await call('POST', '/api/admin/personer/user%3Aanna/inloggning', adam, { username: 'anna', password: oneTime });
    expect(reset.status).toBe(200);
    expect(await Promise.all(before.map(me))).toEqual([null, null]);
    const changes = (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body.changes;
    expect(changes[0]!.text).toBe('Anna Berg fick användarnamnet anna och ett engångslösenord (byts vid nästa inloggning)');

    // The old password is gone; the one-time password signs in nothing, it answers "byt lösenord".
    expect((await call('POST', '/api/session/local', CLIENT, { username: 'anna', password: DEMO_PASSWORD })).status).toBe(401);
    const plain = await call<Failure>('POST', '/api/session/local', CLIENT, { username: 'anna', password: oneTime });
    expect([plain.status, plain.body.error?.code, plain.cookie]).toEqual([403, 'byt_losenord', undefined]);
    expect(plain.body.error?.message).toMatch(/^Byt lösenord/);

    const change = (password: string, newPassword: string) =>
      call<Failure & Partial<SessionInfo>>('POST', '/api/session/local/byt-losenord', CLIENT, { username: 'anna', password, newPassword });
    expect((await change('fel engångslösenord', 'mitt eget lösenord i vår')).status).toBe(401);
    expect((await change(oneTime, oneTime)).status).toBe(422);
    const weak = await change(oneTime, 'lösenord');
    expect(weak.status).toBe(422);
    const done = await change(oneTime, 'mitt eget lösenord i vår');
    expect([done.status, done.body.user?.userId]).toEqual([200, 'user:anna']);
    expect(await me({ ...CLIENT, cookie: done.cookie! })).toBe('user:anna');

    // Once: the one-time password no longer works, her own does, and no change is asked for again.
    expect((await call('POST', '/api/session/local', CLIENT, { username: 'anna', password: oneTime })).status).toBe(401);
    expect((await change(oneTime, 'ännu ett eget lösenord')).status).toBe(401);
    const own = await call<Partial<SessionInfo>>('POST', '/api/session/local', CLIENT, {
      username: 'anna',
      password: 'mitt eget lösenord i vår',
    });
    expect([own.status, own.body.user?.userId]).toEqual([200, 'user:anna']);
    expect((await change('mitt eget lösenord i vår', 'ännu ett eget lösenord')).status).toBe(409);

    // She is told in the app and by e-mail: her own name at most, nothing about who or why beyond the administratör.
    const notices = (await call<NotificationsAnswer>('GET', '/api/notifications', { ...CLIENT, cookie: own.cookie! })).body.items;
    expect(notices.filter((n) => n.kind === 'losenord').map((n) => n.stepTitle)).toEqual([
      'Administratören har gett dig ett engångslösenord. Välj ett eget lösenord när du loggar in',
    ]);
    await expect.poll(() => sink.mails.filter((m) => m.to.includes('anna.berg@storstad.example')).length, { timeout: 5000 }).toBe(1);
    const mail = sink.mails.find((m) => m.to.includes('anna.berg@storstad.example'))!;
    expect(mail.body).toContain('Administratören har gett dig ett engångslösenord');
    expect(mail.body).not.toContain(oneTime);
    expect(mail.body).not.toContain('Adam');
  });

  it('lets no route open a session for another person: every sign-in names only the one who signs in', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    const routes = (await call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json', adam)).body.paths;
    const sessionMaking = Object.keys(routes).filter((p) => /session|login|inloggning|impersonat|byt/i.test(p));
    // The administratör's route sets a password; none takes a user id and returns a session for it, except the demo's list.
    expect(sessionMaking.sort()).toEqual([
      '/api/admin/personer/{id}/inloggning',
      '/api/session',
      '/api/session/demo',
      '/api/session/local',
      '/api/session/local/byt-losenord',
      '/api/session/methods',
      '/api/session/oidc/callback',
      '/api/session/oidc/start',
    ]);
    const asAnna = await call('POST', '/api/admin/personer/user%3Aanna/inloggning', adam, { username: 'anna' });
    expect([asAnna.status, asAnna.cookie]).toEqual([400, undefined]);
  });
});
