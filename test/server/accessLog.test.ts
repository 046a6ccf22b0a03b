import { describe, expect, it } from 'vitest';
import type { AccessLogAnswer, CommandAnswer } from '../../src/api/contract';
import { memoryServer } from '../support/memoryServer';
import { example } from '../support/world';

type Server = Awaited<ReturnType<typeof memoryServer>>;

async function reported(s: Server): Promise<string> {
  const anna = await s.as('user:anna');
  const created = await s.app.inject({
    method: 'POST',
    url: '/api/arenden',
    headers: anna,
    payload: { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') },
  });
  return (JSON.parse(created.body) as Extract<CommandAnswer, { ok: true }>).summary.arendeId;
}

async function search(s: Server, headers: Record<string, string>, payload: Record<string, unknown>): Promise<AccessLogAnswer> {
  const res = await s.app.inject({ method: 'POST', url: '/api/access-log/search', headers, payload });
  expect(res.statusCode, res.body).toBe(200);
  return JSON.parse(res.body) as AccessLogAnswer;
}

describe('loggkontroll: the access log (issue 10, item 4)', () => {
  it('logs every opening and print with person, role and enhet, and every refused read of another enhet', async () => {
    const s = await memoryServer();
    const id = await reported(s);
    const erik = await s.as('user:erik');
    expect((await s.app.inject({ method: 'GET', url: `/api/arenden/${id}`, headers: erik })).statusCode).toBe(200);
    const sara = await s.as('user:sara');
    expect(
      (await s.app.inject({ method: 'GET', url: `/api/arenden/${id}?utskrift=${encodeURIComponent('Anmälan till IVO')}`, headers: sara }))
        .statusCode,
    ).toBe(200);
    // Lina leads other enheter: by URL or by a crafted command, the ärende does not exist for her, and she is logged.
    const lina = await s.as('user:lina');
    expect((await s.app.inject({ method: 'GET', url: `/api/arenden/${id}`, headers: lina })).statusCode).toBe(404);
    const acted = await s.app.inject({
      method: 'POST',
      url: `/api/arenden/${id}/commands`,
      headers: lina,
      payload: { type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder') },
    });
    expect(acted.statusCode).toBe(404);
    // An id that does not exist is not an access to anything.
    expect((await s.app.inject({ method: 'GET', url: '/api/arenden/arende:finns-inte', headers: lina })).statusCode).toBe(404);

    const log = await search(s, sara, { arende: id });
    expect(log.rows.map((r) => [r.userId, r.role, r.kind, r.detail, r.enhetId])).toEqual([
      ['user:lina', undefined, 'nekat', undefined, 'enhet:solgarden'],
      ['user:lina', undefined, 'nekat', undefined, 'enhet:solgarden'],
      ['user:sara', 'sas', 'utskrift', 'Anmälan till IVO', 'enhet:solgarden'],
      ['user:erik', 'enhetschef', 'oppnat', undefined, 'enhet:solgarden'],
    ]);
    expect(log.rows.every((r) => r.arendeId === id)).toBe(true);
    // Searched by the ärende number people see, and by person.
    const number = id
      .replace(/^arende:/, '')
      .slice(0, 8)
      .toUpperCase();
    expect((await search(s, sara, { arende: number })).rows).toHaveLength(4);
    expect((await search(s, sara, { userId: 'user:lina' })).rows.map((r) => r.kind)).toEqual(['nekat', 'nekat']);
  });

  it('logs the export of a backup, pages newest first, and is for the SAS and the administratör only', async () => {
    const s = await memoryServer();
    const id = await reported(s);
    const erik = await s.as('user:erik');
    // Reads within a minute are one opening (the page reads again after a save); later ones are new openings.
    for (const wait of [0, 10_000, 61_000, 61_000]) {
      s.clock.advance(wait);
      await s.app.inject({ method: 'GET', url: `/api/arenden/${id}`, headers: erik });
    }
    const adam = await s.as('user:adam');
    expect((await s.app.inject({ method: 'GET', url: '/api/backup', headers: adam })).statusCode).toBe(200);
    const first = await search(s, adam, { limit: 2 });
    expect(first.rows.map((r) => r.kind)).toEqual(['export', 'oppnat']);
    expect(first.rows[0]).toMatchObject({
      userId: 'user:adam',
      role: 'administrator',
      detail: 'Säkerhetskopia av alla ärenden (1 ärenden)',
    });
    const second = await search(s, adam, { limit: 2, before: first.next });
    expect(second.rows.map((r) => r.kind)).toEqual(['oppnat', 'oppnat']);
    expect((await search(s, adam, { userId: 'user:erik' })).rows).toHaveLength(3);
    expect(second.next).toBeUndefined();
    for (const who of ['user:erik', 'user:anna', 'user:petra']) {
      const res = await s.app.inject({ method: 'POST', url: '/api/access-log/search', headers: await s.as(who), payload: {} });
      expect(res.statusCode, who).toBe(403);
      expect(JSON.parse(res.body).error.message).toBe('Loggkontrollen görs av SAS och administratören.');
    }
    const bad = await s.app.inject({ method: 'POST', url: '/api/access-log/search', headers: adam, payload: { limit: 5000 } });
    expect(bad.statusCode).toBe(400);
  });
});
