import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ArendeView, CommandAnswer, ListAnswer } from '../../src/api/contract';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { memoryServer } from '../support/memoryServer';
import { example } from '../support/world';

const json = (res: { body: string }) =>
  JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string; message: string; details?: string[] } };

describe('HTTP API over the engine', () => {
  it('takes the actor from the session: a rapport, a step and the log, with the person and role the organisation gives', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/arenden',
      headers: anna,
      payload: { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') },
    });
    expect(created.statusCode).toBe(201);
    const { summary } = json(created) as unknown as Extract<CommandAnswer, { ok: true }>;
    const erik = await s.as('user:erik');
    const step = await s.app.inject({
      method: 'POST',
      url: `/api/arenden/${summary.arendeId}/commands`,
      headers: erik,
      payload: { type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder'), expectedSeq: 2 },
    });
    expect(step.statusCode, step.body).toBe(200);
    const view = json(
      await s.app.inject({ method: 'GET', url: `/api/arenden/${summary.arendeId}`, headers: erik }),
    ) as unknown as ArendeView;
    expect(view.events.map((e) => [e.type, e.actor.userId, e.actor.role])).toEqual([
      ['arende.open', 'user:anna', 'medarbetare'],
      ['rapport.submit', 'user:anna', 'medarbetare'],
      ['omedelbara_atgarder.submit', 'user:erik', 'enhetschef'],
    ]);
    expect(view.options.find((o) => o.type === 'registrering.submit')).toMatchObject({ allowed: false, why: { code: 'wrong_role' } });
  });

  it("refuses a personnummer in a rapport's free text with a Swedish message at the field, storing nothing (issue 10)", async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const before = (await s.store.summaries()).length;
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/arenden',
      headers: anna,
      payload: {
        processType: 'avvikelse',
        enhetId: 'enhet:solgarden',
        data: example('avvikelse-rapport-2', { handelse: 'Tolvan Tolvansson 19121212-1212 föll i badrummet.' }),
      },
    });
    expect(res.statusCode).toBe(422);
    const body = json(res) as unknown as Extract<CommandAnswer, { ok: false }>;
    expect(body.rejection.fieldErrors).toEqual([expect.objectContaining({ pointer: '/handelse', label: 'Vad hände?' })]);
    expect(body.rejection.message).toContain('"Vad hände?" innehåller något som ser ut som ett personnummer (19121212-****)');
    expect(res.body).not.toContain('1212-1212');
    expect((await s.store.summaries()).length).toBe(before);
  });

  it('refuses a body that claims an actor, and stores nothing', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const forged = await s.app.inject({
      method: 'POST',
      url: '/api/arenden',
      headers: anna,
      payload: {
        processType: 'lex-sarah',
        enhetId: 'enhet:solgarden',
        data: example('lex-sarah-rapport-2'),
        actor: { userId: 'user:fredrik', role: 'forvaltningschef' },
      },
    });
    expect(forged.statusCode).toBe(400);
    expect(json(forged).error!.message).toContain('bestäms av inloggningen');
    expect(await s.store.summaries()).toEqual([]);
  });

  it('answers bad input with a 4xx and a Swedish message, and stores nothing', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const post = (payload: string, headers: Record<string, string> = {}) =>
      s.app.inject({ method: 'POST', url: '/api/arenden', headers: { ...anna, 'content-type': 'application/json', ...headers }, payload });
    const cases: [string, Awaited<ReturnType<typeof post>>, number, RegExp][] = [
      ['malformed JSON', await post('{"processType": "lex-sarah",'), 400, /inte giltig JSON/],
      ['empty body', await post(''), 400, /saknar innehåll/],
      ['wrong type', await post(JSON.stringify({ processType: 7, enhetId: 'enhet:solgarden', data: {} })), 400, /processType.*text/],
      ['missing field', await post(JSON.stringify({ processType: 'lex-sarah', data: {} })), 400, /enhetId.*fyllas i/],
      [
        'huge body',
        await post(JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: { handelse: 'x'.repeat(2_000_000) } })),
        413,
        /för stor/,
      ],
      ['not JSON', await post('processType=lex-sarah', { 'content-type': 'application/x-www-form-urlencoded' }), 415, /JSON/],
      [
        'invalid step data',
        await post(JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: { handelse: '' } })),
        422,
        /inte godkända/,
      ],
      [
        'unknown process',
        await post(JSON.stringify({ processType: 'okand', enhetId: 'enhet:solgarden', data: {} })),
        422,
        /ingen publicerad process/,
      ],
      [
        'no client header',
        await post(JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: {} }), { [CLIENT_HEADER]: '' }),
        403,
        /kontrollhuvud/,
      ],
    ];
    for (const [what, res, status, message] of cases) {
      expect(res.statusCode, what).toBe(status);
      expect(json(res).error?.message ?? (json(res).rejection as { message: string } | undefined)?.message, what).toMatch(message);
    }
    const unknownCommand = await s.app.inject({
      method: 'POST',
      url: '/api/arenden/arende:x/commands',
      headers: anna,
      payload: { type: 'hoppa.over', data: {} },
    });
    expect(unknownCommand.statusCode).toBe(404);
    const unknownRoute = await s.app.inject({ method: 'GET', url: '/api/finns-inte', headers: anna });
    expect(json(unknownRoute).error!.message).toContain('ingen sådan adress');
    expect(await s.store.summaries()).toEqual([]);
  });

  it('refuses what the caller may not read as if it did not exist, and scopes lists and the inbox', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const maja = await s.as('user:maja');
    const lina = await s.as('user:lina');
    const sara = await s.as('user:sara');
    const created = json(
      await s.app.inject({
        method: 'POST',
        url: '/api/arenden',
        headers: anna,
        payload: { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2') },
      }),
    ) as unknown as Extract<CommandAnswer, { ok: true }>;
    const id = created.summary.arendeId;
    for (const other of [maja, lina]) {
      expect((await s.app.inject({ method: 'GET', url: `/api/arenden/${id}`, headers: other })).statusCode).toBe(404);
      const act = await s.app.inject({
        method: 'POST',
        url: `/api/arenden/${id}/commands`,
        headers: other,
        payload: { type: 'omedelbara_atgarder.submit', data: {} },
      });
      expect(act.statusCode).toBe(404);
      // The same answer as for an ärende that does not exist, also with a stale seq: nothing about it leaks.
      const stale = await s.app.inject({
        method: 'POST',
        url: `/api/arenden/${id}/commands`,
        headers: other,
        payload: { type: 'omedelbara_atgarder.submit', data: {}, expectedSeq: 0 },
      });
      const missing = await s.app.inject({
        method: 'POST',
        url: '/api/arenden/arende:finns-inte/commands',
        headers: other,
        payload: { type: 'omedelbara_atgarder.submit', data: {}, expectedSeq: 0 },
      });
      expect([stale.statusCode, stale.body]).toEqual([404, missing.body]);
    }
    const list = async (h: Record<string, string>) =>
      json(
        await s.app.inject({ method: 'POST', url: '/api/arenden/list', headers: h, payload: { query: {}, withTotal: true } }),
      ) as unknown as ListAnswer;
    expect((await list(anna)).total).toBe(1);
    expect((await list(maja)).total).toBe(0);
    expect((await list(lina)).total).toBe(0);
    expect((await list(sara)).rows.map((r) => r.arendeId)).toEqual([id]);
    const inbox = async (h: Record<string, string>) =>
      (json(await s.app.inject({ method: 'POST', url: '/api/inbox', headers: h, payload: {} })) as unknown as ListAnswer).rows.map(
        (r) => r.arendeId,
      );
    expect(await inbox(await s.as('user:erik'))).toEqual([id]);
    expect(await inbox(sara)).toEqual([]);
    expect(await inbox(lina)).toEqual([]);
  });

  it('gives a stale view a conflict instead of a double step, and records a resent rapport once', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const arendeId = `arende:${randomUUID()}`;
    const payload = { processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2'), arendeId };
    const first = await s.app.inject({ method: 'POST', url: '/api/arenden', headers: anna, payload });
    const again = await s.app.inject({ method: 'POST', url: '/api/arenden', headers: anna, payload });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect((await s.store.summaries()).length).toBe(1);
    const other = await s.app.inject({
      method: 'POST',
      url: '/api/arenden',
      headers: anna,
      payload: { ...payload, data: example('lex-sarah-rapport-2', {}, 1) },
    });
    expect(other.statusCode).toBe(409);
    const erik = await s.as('user:erik');
    const step = { type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder'), expectedSeq: 2 };
    expect(
      (await s.app.inject({ method: 'POST', url: `/api/arenden/${arendeId}/commands`, headers: erik, payload: step })).statusCode,
    ).toBe(200);
    const retry = await s.app.inject({ method: 'POST', url: `/api/arenden/${arendeId}/commands`, headers: erik, payload: step });
    expect(retry.statusCode).toBe(409);
    expect(json(retry).rejection).toMatchObject({ code: 'seq_conflict' });
    expect((await s.store.eventsOf(arendeId)).length).toBe(3);
  });

  it('needs a session for everything but health and demo sign-in; sign-out ends it', async () => {
    const s = await memoryServer();
    expect((await s.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await s.app.inject({ method: 'GET', url: '/api/arenden/arende:x' })).statusCode).toBe(401);
    expect(
      (
        await s.app.inject({
          method: 'POST',
          url: '/api/session/demo',
          headers: { [CLIENT_HEADER]: '1' },
          payload: { userId: 'user:okand' },
        })
      ).statusCode,
    ).toBe(403);
    const anna = await s.as('user:anna');
    expect(json(await s.app.inject({ method: 'GET', url: '/api/session', headers: anna })).session).toMatchObject({
      user: { userId: 'user:anna' },
    });
    expect((await s.app.inject({ method: 'DELETE', url: '/api/session', headers: anna })).statusCode).toBe(200);
    expect(json(await s.app.inject({ method: 'GET', url: '/api/session', headers: anna })).session).toBeNull();
    expect((await s.app.inject({ method: 'POST', url: '/api/inbox', headers: anna, payload: {} })).statusCode).toBe(401);
  });
});
