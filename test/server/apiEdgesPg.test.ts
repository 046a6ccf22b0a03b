import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp, CLIENT_HEADER } from '../../src/server/http/buildApp';
import { SIGN_IN_REFUSED } from '../../src/server/routes/sessionRoutes';
import { usePgServer } from '../support/pgServer';
import { demoSession } from '../support/serverProcess';
import { example } from '../support/world';

/** Issue 22, section 3, on the real server (PGlite): the edges that need the database's stores. */
describe('the API at its edges, on the database', () => {
  const pg = usePgServer('kf-edges-');
  const signIn = (username: string, password: string, remoteAddress = '192.0.2.10') =>
    pg.server().app.inject({
      method: 'POST',
      url: '/api/session/local',
      headers: { [CLIENT_HEADER]: '1' },
      payload: { username, password },
      remoteAddress,
    });

  it('answers a locked account exactly as an unknown name: same status, same body (no account enumeration)', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('omar', 'fel lösenord igen', `192.0.2.${20 + i}`)).statusCode).toBe(401);
    const { rows } = await pg
      .server()
      .context.db.query<{ locked_until: string | null }>("select locked_until from local_accounts where username = 'omar'");
    expect(rows[0]?.locked_until).toBeTruthy();
    const locked = await signIn('omar', 'fel lösenord igen', '192.0.2.30');
    const lockedRight = await signIn('omar', 'storstad demo 2026', '192.0.2.31');
    const unknown = await signIn('finns-inte', 'fel lösenord igen', '192.0.2.32');
    const wrong = await signIn('anna', 'fel lösenord igen', '192.0.2.33');
    for (const res of [locked, lockedRight, unknown, wrong]) {
      expect(res.statusCode).toBe(401);
      expect(JSON.parse(res.body)).toEqual({ error: { code: 'wrong_password', message: SIGN_IN_REFUSED } });
      expect(res.cookies.find((c) => c.name === 'kf_session')).toBeUndefined();
    }
    expect(SIGN_IN_REFUSED).toMatch(/administratören/);
    expect((await signIn('anna', 'storstad demo 2026', '192.0.2.34')).statusCode).toBe(200);
    expect(SIGN_IN_REFUSED).not.toMatch(/\d\d:\d\d/);
  });

  it('refuses a NUL byte (which PostgreSQL cannot store) with a Swedish 400 instead of a 500, in a text and a search', async () => {
    const sara = await demoSession(pg.server().url, 'user:sara');
    const report = await pg.call<{ error: { message: string } }>('POST', '/api/arenden', sara, {
      processType: 'avvikelse',
      enhetId: 'enhet:solgarden',
      data: example('avvikelse-rapport-2', { handelse: 'a\u0000b' }),
    });
    expect([report.status, report.body.error.message]).toEqual([
      400,
      'Fältet "handelse" innehåller ett nolltecken (U+0000) som inte kan sparas. Ta bort det och försök igen.',
    ]);
    const search = await pg.call<{ error: { message: string } }>('POST', '/api/arenden/list', sara, { query: { text: 'fall\u0000' } });
    expect(search.status).toBe(400);
    const id = await pg.call<{ error: { message: string } }>('GET', '/api/arenden/%00', sara);
    expect(id.status).toBe(400);
  });

  it('counts only failed sign-ins, in PostgreSQL: the eleventh colleague succeeds, another instance still refuses', async () => {
    const office = '198.51.100.40';
    for (let i = 0; i < 12; i++) expect((await signIn('anna', 'storstad demo 2026', office)).statusCode, `sign-in ${i + 1}`).toBe(200);
    const attacker = '198.51.100.41';
    for (let i = 0; i < 10; i++) expect((await signIn('ingen', 'gissning nummer ett', attacker)).statusCode).toBe(401);
    const limited = await signIn('ingen', 'gissning nummer ett', attacker);
    expect([limited.statusCode, JSON.parse(limited.body).error.message]).toEqual([
      429,
      'För många inloggningsförsök. Vänta en minut och försök igen.',
    ]);
    // Another instance on the same database (or this one after a restart) knows the count.
    const other = await buildApp(pg.server().context.server);
    const there = await other.inject({
      method: 'POST',
      url: '/api/session/local',
      headers: { [CLIENT_HEADER]: '1' },
      payload: { username: 'anna', password: 'storstad demo 2026' },
      remoteAddress: attacker,
    });
    expect(there.statusCode).toBe(429);
    const elsewhere = await other.inject({
      method: 'POST',
      url: '/api/session/local',
      headers: { [CLIENT_HEADER]: '1' },
      payload: { username: 'anna', password: 'storstad demo 2026' },
      remoteAddress: office,
    });
    expect(elsewhere.statusCode).toBe(200);
    const { rows } = await pg
      .server()
      .context.db.query<{ n: number }>("select count(*)::int as n from rate_limit_hits where key = 'inloggning|198.51.100.41'");
    expect(rows[0]!.n).toBe(10);
    await other.close();
  });

  it('limits the public form per address across instances', async () => {
    const send = (app: FastifyInstance) =>
      app.inject({
        method: 'POST',
        url: '/api/offentlig/synpunkter',
        headers: { [CLIENT_HEADER]: '1' },
        payload: { idempotencyKey: randomUUID(), enhetId: 'enhet:solgarden', data: example('synpunkter-webb') },
        remoteAddress: '198.51.100.50',
      });
    for (let i = 0; i < 5; i++) expect((await send(pg.server().app)).statusCode).toBe(202);
    const other = await buildApp(pg.server().context.server);
    expect((await send(other)).statusCode).toBe(429);
    await other.close();
  });
});
