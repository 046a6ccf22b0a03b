import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationsAnswer, OrganisationAnswer, SessionInfo } from '../../src/api/contract';
import { readConfig } from '../../src/server/config';
import { DEMO_PASSWORD } from '../../src/server/demo/demoPeople';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { codeMailedTo, codeMails } from '../support/oneTimeCode';
import { usePgServer } from '../support/pgServer';
import { demoSession, passwordSession } from '../support/serverProcess';
import { smtpSink } from '../support/smtpSink';

const CLIENT = { 'x-kvalitetsflode': '1' };
const ANNA_MAIL = 'anna.berg@storstad.example';
type Failure = { error?: { code: string; message: string } };

/** Password reset by an administratör (issue 22): the server mails a one-time code to the person only; it opens only the change. */
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
  const reset = (admin: Record<string, string>, userId: string, username: string) =>
    call<Failure & { ok?: true }>('POST', `/api/admin/personer/${encodeURIComponent(userId)}/inloggning`, admin, { username });
  const signIn = (username: string, password: string) => call<Failure>('POST', '/api/session/local', CLIENT, { username, password });
  const change = (username: string, password: string, newPassword: string) =>
    call<Failure & Partial<SessionInfo>>('POST', '/api/session/local/byt-losenord', CLIENT, { username, password, newPassword });

  it('mails a code the server made to her alone (even with e-mail turned off), never to the administratör; her sessions end', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    const before = [await demoSession(server.url, 'user:anna'), await passwordSession(server.url, 'anna', DEMO_PASSWORD)];
    expect(await Promise.all(before.map(me))).toEqual(['user:anna', 'user:anna']);
    // The security mail goes whatever her choice: she cannot sign in without it.
    expect((await call('PUT', '/api/notifications/preference', before[0]!, { email: 'av' })).status).toBe(200);

    const answer = await reset(adam, 'user:anna', 'anna');
    expect([answer.status, answer.body]).toEqual([200, { ok: true }]);
    expect(await Promise.all(before.map(me))).toEqual([null, null]);
    const code = await codeMailedTo(() => sink.mails, ANNA_MAIL);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    expect(sink.mails.filter((m) => m.body.includes(code)).map((m) => m.to)).toEqual([[ANNA_MAIL]]);
    const mail = codeMails(sink.mails, ANNA_MAIL)[0]!;
    expect(mail.body).toContain('Administratören har gett dig en engångskod');
    expect(mail.body).not.toMatch(/Adam|Anna|Berg/);
    const changes = (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body.changes;
    expect(changes[0]!.text).toBe('Anna Berg fick användarnamnet anna och en engångskod till sin e-post (byts vid nästa inloggning)');
    expect(JSON.stringify(changes)).not.toContain(code);
    // Only a hash is kept: not the code in any table the server writes.
    const db = server.context.db;
    const kept = await db.query<{ n: number }>(
      `select (select count(*) from notifications where step_title like $1) + (select count(*) from organisation_changes
         where data::text like $1) + (select count(*) from local_accounts where password_hash like $1) as n`,
      [`%${code}%`],
    );
    expect(Number(kept.rows[0]!.n)).toBe(0);

    // The old password is gone; the code signs in nothing, it answers "byt lösenord"; typed in any case, without dashes, too.
    expect((await signIn('anna', DEMO_PASSWORD)).status).toBe(401);
    const plain = await signIn('anna', code.toLowerCase().replace(/-/g, ' '));
    expect([plain.status, plain.body.error?.code, plain.cookie]).toEqual([403, 'byt_losenord', undefined]);
    expect(plain.body.error?.message).toMatch(/^Byt lösenord: engångskoden/);
    expect((await change('anna', 'FELA-KODE-HARX-2345', 'mitt eget lösenord i vår')).status).toBe(401);
    expect((await change('anna', code, code)).status).toBe(422);
    expect((await change('anna', code, 'lösenord')).status).toBe(422);
    const done = await change('anna', code, 'mitt eget lösenord i vår');
    expect([done.status, done.body.user?.userId]).toEqual([200, 'user:anna']);
    expect(await me({ ...CLIENT, cookie: done.cookie! })).toBe('user:anna');

    // Once: the code no longer works, her own password does, and no change is asked for again.
    expect((await signIn('anna', code)).status).toBe(401);
    expect((await change('anna', code, 'ännu ett eget lösenord')).status).toBe(401);
    const own = await signIn('anna', 'mitt eget lösenord i vår');
    expect(own.status).toBe(200);
    expect((await change('anna', 'mitt eget lösenord i vår', 'ännu ett eget lösenord')).status).toBe(409);
    const notices = (await call<NotificationsAnswer>('GET', '/api/notifications', { ...CLIENT, cookie: own.cookie! })).body.items;
    expect(notices.filter((n) => n.kind === 'losenord').map((n) => n.stepTitle)).toEqual([
      'Administratören har skickat en engångskod till din e-post. Välj ett eget lösenord när du loggar in med den',
    ]);
  });

  it('lets a code work for 24 hours only, and a one-time password typed before codes existed not at all', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    expect((await reset(adam, 'user:erik', 'erik')).status).toBe(200);
    const code = await codeMailedTo(() => sink.mails, 'erik.holm@storstad.example');
    const db = server.context.db;
    await db.query("update local_accounts set one_time_until = '2020-01-01T00:00:00.000Z' where username = 'erik'");
    const expired = await signIn('erik', code);
    expect([expired.status, expired.body.error?.code, expired.body.error?.message]).toEqual([
      401,
      'code_expired',
      'Engångskoden har gått ut: den gäller i 24 timmar och bara en gång. Be administratören skicka en ny till din e-post.',
    ]);
    expect((await change('erik', code, 'ett eget lösenord för erik')).body.error?.code).toBe('code_expired');
    // A wrong code after its time is a wrong password as ever: the expiry is told only to who has the code.
    expect((await signIn('erik', 'FELA-KODE-HARX-2345')).body.error?.code).toBe('wrong_password');
    await db.query("update local_accounts set one_time_until = null where username = 'erik'");
    expect((await signIn('erik', code)).body.error?.code).toBe('code_expired');
  });

  it('refuses a person without an e-mail address, naming her, and stores nothing; a failed mail is told', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    const saved = await call<{ userId: string }>('POST', '/api/admin/personer', adam, { namn: 'Utan Adress' });
    const before = (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body.changes.length;
    const refused = await reset(adam, saved.body.userId, 'utan.adress');
    expect([refused.status, refused.body.error?.message]).toEqual([
      422,
      'Utan Adress har ingen e-postadress. Engångskoden skickas bara till personen själv: lägg in hennes e-postadress först.',
    ]);
    const rows = await server.context.db.query('select 1 from local_accounts where user_id = $1', [saved.body.userId]);
    expect(rows.rows).toEqual([]);
    expect((await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body.changes.length).toBe(before);

    sink.setDown(true);
    const failed = await reset(adam, 'user:karin', 'karin');
    sink.setDown(false);
    expect([failed.status, failed.body.error?.code]).toEqual([502, 'mail_failed']);
  });

  it('refuses the code to the one who just changed the address: it would reach her own inbox (four eyes)', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    const own = 'adam.admin@storstad.example';
    // Maja's details, with the administratör's own address put in.
    const saved = await call('POST', '/api/admin/personer', adam, { userId: 'user:maja', namn: 'Maja Lind', epost: own });
    expect(saved.status).toBe(200);
    const changes = (await call<OrganisationAnswer>('GET', '/api/admin/organisation', adam)).body.changes;
    expect(changes.find((c) => c.kind === 'epost' && c.subject === 'user:maja')?.text).toBe('E-postadressen för Maja Lind ändrades');
    const refused = await reset(adam, 'user:maja', 'maja');
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'four_eyes']);
    expect(refused.body.error?.message).toMatch(
      /^Du ändrade Maja Linds e-postadress \d{4}-\d{2}-\d{2}\. Engångskoden skickas då av en annan/,
    );
    expect(codeMails(sink.mails, own)).toEqual([]);
    const rows = await server.context.db.query('select 1 from local_accounts where user_id = $1 and must_change', ['user:maja']);
    expect(rows.rows).toEqual([]);
  });

  it('lets no route open a session for another person, and the administratör cannot type the password', async () => {
    const adam = await demoSession(server.url, 'user:adam');
    const routes = (await call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json', adam)).body.paths;
    const sessionMaking = Object.keys(routes).filter((p) => /session|login|inloggning|impersonat|byt/i.test(p));
    // The administratör's route sends a code; none takes a user id and returns a session for it, except the demo's list.
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
    const typed = await call('POST', '/api/admin/personer/user%3Aanna/inloggning', adam, { username: 'anna', password: 'mitt val' });
    expect([typed.status, typed.cookie]).toEqual([400, undefined]);
  });
});

describe('password reset on a server that cannot send e-mail', () => {
  const pg = usePgServer('kf-utan-epost-');
  it('refuses in Swedish and changes nothing: the old password still works', async () => {
    const adam = await demoSession(pg.server().url, 'user:adam');
    const r = await pg.call<Failure>('POST', '/api/admin/personer/user%3Aanna/inloggning', adam, { username: 'anna' });
    expect([r.status, r.body.error?.message]).toEqual([
      501,
      'Servern kan inte skicka e-post (KF_SMTP_URL saknas), så ingen engångskod kan skickas. Inget har ändrats.',
    ]);
    expect(await passwordSession(pg.server().url, 'anna', DEMO_PASSWORD)).toHaveProperty('cookie');
  });
});
