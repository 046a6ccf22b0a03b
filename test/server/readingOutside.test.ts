import { describe, expect, it } from 'vitest';
import type { AccessLogAnswer, ArendeView, CommandAnswer } from '../../src/api/contract';
import { memoryServer } from '../support/memoryServer';
import { example } from '../support/world';

/** Reading outside one's own units with a stated reason (issue 10, item 4: "why, when outside the own units"). */
describe("reading an ärende outside one's own units", () => {
  async function setUp() {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/arenden',
      headers: anna,
      payload: { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') },
    });
    const id = (JSON.parse(created.body) as Extract<CommandAnswer, { ok: true }>).summary.arendeId;
    return { s, id };
  }
  const skal = (
    s: Awaited<ReturnType<typeof memoryServer>>,
    id: string,
    headers: Record<string, string>,
    payload: Record<string, unknown>,
  ) => s.app.inject({ method: 'POST', url: `/api/arenden/${encodeURIComponent(id)}/skal`, headers, payload });

  it(
    "lets an enhetschef on jour read (never act on) another enhet's ärende once she states why, and logs the reason with every " + 'read',
    async () => {
      const { s, id } = await setUp();
      const lina = await s.as('user:lina');
      const read = () => s.app.inject({ method: 'GET', url: `/api/arenden/${encodeURIComponent(id)}`, headers: lina });
      expect((await read()).statusCode).toBe(404);
      const granted = await skal(s, id, lina, { skal: 'jour' });
      expect(granted.statusCode, granted.body).toBe(200);
      const view = await read();
      expect(view.statusCode).toBe(200);
      const body = JSON.parse(view.body) as ArendeView;
      // Reading only: nothing to do, and a crafted command is refused as before.
      expect(body.options).toEqual([]);
      expect(view.body).not.toContain('Anna Berg');
      const acted = await s.app.inject({
        method: 'POST',
        url: `/api/arenden/${encodeURIComponent(id)}/commands`,
        headers: lina,
        payload: { type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder') },
      });
      expect(acted.statusCode).toBe(404);
      // A print reads with the same reason.
      expect(
        (await s.app.inject({ method: 'GET', url: `/api/arenden/${encodeURIComponent(id)}?utskrift=Utredning`, headers: lina })).statusCode,
      ).toBe(200);

      const sara = await s.as('user:sara');
      const log = JSON.parse(
        (await s.app.inject({ method: 'POST', url: '/api/access-log/search', headers: sara, payload: { arende: id } })).body,
      ) as AccessLogAnswer;
      const linas = log.rows.filter((r) => r.userId === 'user:lina').map((r) => [r.kind, r.role, r.reason]);
      // Newest first: the print, the refused command, the opening, the refused read before the reason.
      expect(linas).toEqual([
        ['utskrift', 'enhetschef', 'Jour eller beredskap'],
        ['nekat', undefined, undefined],
        ['oppnat', 'enhetschef', 'Jour eller beredskap'],
        ['nekat', undefined, undefined],
      ]);
      // The grant ends after eight hours.
      s.clock.advance(8 * 3_600_000 + 1);
      const later = await s.as('user:lina');
      expect((await s.app.inject({ method: 'GET', url: `/api/arenden/${encodeURIComponent(id)}`, headers: later })).statusCode).toBe(404);
    },
  );

  it('is not for everyone, needs a reason, keeps personnummer out, and reveals nothing of an ärende that does not exist', async () => {
    const { s, id } = await setUp();
    const maja = await s.as('user:maja');
    const refused = await skal(s, id, maja, { skal: 'jour' });
    expect([refused.statusCode, (JSON.parse(refused.body) as { error: { message: string } }).error.message]).toEqual([
      403,
      'Din roll kan inte läsa ärenden utanför dina enheter. Be den som leder enheten eller SAS om hjälp.',
    ]);
    const lina = await s.as('user:lina');
    const noText = await skal(s, id, lina, { skal: 'annat' });
    expect([noText.statusCode, (JSON.parse(noText.body) as { error: { message: string } }).error.message]).toEqual([
      400,
      'Skriv vilket skäl du har när du väljer "Annat skäl".',
    ]);
    const pnr = await skal(s, id, lina, { skal: 'annat', text: 'Gäller 19121212-1212' });
    expect(pnr.statusCode).toBe(400);
    expect((JSON.parse(pnr.body) as { error: { message: string } }).error.message).toContain('personnummer');
    const unknown = await skal(s, id, lina, { skal: 'ledig' });
    expect(unknown.statusCode).toBe(400);
    expect((await skal(s, 'arende:finns-inte', lina, { skal: 'jour' })).statusCode).toBe(404);
    // None of the refused attempts opened it.
    expect((await s.app.inject({ method: 'GET', url: `/api/arenden/${encodeURIComponent(id)}`, headers: lina })).statusCode).toBe(404);
    const ok = await skal(s, id, lina, { skal: 'annat', text: 'Samordnar en gemensam genomgång av rutinen.' });
    expect(ok.statusCode).toBe(200);
    const sara = await s.as('user:sara');
    const log = JSON.parse(
      (await s.app.inject({ method: 'POST', url: '/api/access-log/search', headers: sara, payload: { arende: id } })).body,
    ) as AccessLogAnswer;
    expect(log.rows.some((r) => r.reason?.includes('19121212'))).toBe(false);
    expect((await s.app.inject({ method: 'GET', url: `/api/arenden/${encodeURIComponent(id)}`, headers: lina })).statusCode).toBe(200);
    const again = JSON.parse(
      (await s.app.inject({ method: 'POST', url: '/api/access-log/search', headers: sara, payload: { arende: id } })).body,
    ) as AccessLogAnswer;
    expect(again.rows[0]?.reason).toBe('Annat skäl: Samordnar en gemensam genomgång av rutinen.');
  });
});
