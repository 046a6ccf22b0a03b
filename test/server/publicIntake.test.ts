import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandAnswer, IntakeItemView } from '../../src/api/contract';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { memoryServer } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example } from '../support/world';
import { stockholmDate } from '../../src/engine/index';
import { synpunkter } from '../../src/processes/synpunkter/pack';

/**
 * Issue 12, item 2: a synpunkt from the förvaltning's web site without an account. It is refused with a Swedish
 * message when wrong, echoed nowhere, rate-limited, seen only by those who register for its enhet, and registered
 * once as an ärende in the registering person's name.
 */
describe('the public form for synpunkter och klagomål', () => {
  let s: MemoryServer;
  // Each call is a new filled-in form (its own key) unless the payload carries one.
  const send = (payload: Record<string, unknown>, remoteAddress = '203.0.113.7') =>
    s.app.inject({
      method: 'POST',
      url: '/api/offentlig/synpunkter',
      headers: { [CLIENT_HEADER]: '1' },
      payload: { idempotencyKey: randomUUID(), ...payload },
      remoteAddress,
    });

  beforeAll(async () => {
    s = await memoryServer('2026-06-01T08:00:00.000Z');
  });

  it('offers the open enheter by name, and takes a submission without an account, echoing nothing of it', async () => {
    const info = await s.app.inject({ method: 'GET', url: '/api/offentlig/synpunkter' });
    expect(info.statusCode).toBe(200);
    expect((JSON.parse(info.body) as { enheter: { id: string }[] }).enheter.map((e) => e.id)).toContain('enhet:solgarden');
    const data = example('synpunkter-webb');
    const res = await send({ enhetId: 'enhet:solgarden', data });
    expect(res.statusCode, res.body).toBe(202);
    expect(JSON.parse(res.body)).toEqual({ mottaget: true });
    for (const value of Object.values(data)) if (typeof value === 'string' && value.length > 3) expect(res.body).not.toContain(value);
  });

  it(
    'refuses, with a Swedish message and nothing stored: no client header, an unknown enhet, invalid data, a personnummer, ' +
      'another process',
    async () => {
      const before = (await s.ctx.intake!.pending(['enhet:solgarden'])).length;
      const noHeader = await s.app.inject({
        method: 'POST',
        url: '/api/offentlig/synpunkter',
        payload: { enhetId: 'enhet:solgarden', data: example('synpunkter-webb') },
        remoteAddress: '198.51.100.1',
      });
      expect(noHeader.statusCode).toBe(403);
      const unknown = await send({ enhetId: 'enhet:finns-inte', data: example('synpunkter-webb') }, '198.51.100.2');
      expect(unknown.statusCode).toBe(400);
      expect(JSON.parse(unknown.body).error.message).toBe('Välj vilken verksamhet det gäller.');
      const invalid = await send({ enhetId: 'enhet:solgarden', data: {} }, '198.51.100.3');
      expect(invalid.statusCode).toBe(400);
      expect(JSON.parse(invalid.body).error.message).toMatch(/[åäö]|saknas|måste|ska/i);
      const text =
        Object.entries(example('synpunkter-webb')).find(([, v]) => typeof v === 'string' && (v as string).length > 20)?.[0] ??
        'beskrivning';
      const pnr = await send(
        { enhetId: 'enhet:solgarden', data: { ...example('synpunkter-webb'), [text]: 'Det gäller Tolvan Tolvansson 19121212-1212.' } },
        '198.51.100.4',
      );
      expect(pnr.statusCode).toBe(400);
      expect(JSON.parse(pnr.body).error.message).toMatch(/personnummer/i);
      const lexSarah = await s.app.inject({
        method: 'POST',
        url: '/api/offentlig/lex-sarah',
        headers: { [CLIENT_HEADER]: '1' },
        payload: { enhetId: 'enhet:solgarden', data: {}, idempotencyKey: randomUUID() },
      });
      expect(lexSarah.statusCode).toBe(404);
      expect((await s.ctx.intake!.pending(['enhet:solgarden'])).length).toBe(before);
    },
  );

  it('lets one address send a handful, then asks it to wait', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push((await send({ enhetId: 'enhet:larkan', data: example('synpunkter-webb') }, '192.0.2.50')).statusCode);
    expect(codes.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(codes.slice(5)).toEqual([429, 429]);
    // Another address is not held back by it.
    expect((await send({ enhetId: 'enhet:larkan', data: example('synpunkter-webb') }, '192.0.2.51')).statusCode).toBe(202);
  });

  it("shows what came in only to those who register for its enhet, and registers it once, in the registering person's name", async () => {
    const list = async (userId: string) =>
      JSON.parse((await s.app.inject({ method: 'GET', url: '/api/inkomna', headers: await s.as(userId) })).body) as IntakeItemView[];
    const eriks = await list('user:erik');
    const item = eriks.find((i) => i.enhetId === 'enhet:solgarden')!;
    expect(item).toBeDefined();
    expect((await list('user:anna')).length).toBe(0);
    expect((await list('user:lina')).some((i) => i.enhetId === 'enhet:solgarden')).toBe(false);
    const linaReads = await s.app.inject({ method: 'GET', url: `/api/inkomna/${item.id}`, headers: await s.as('user:lina') });
    expect(linaReads.statusCode).toBe(404);
    const linaRegisters = await s.app.inject({
      method: 'POST',
      url: `/api/inkomna/${item.id}/registrera`,
      headers: await s.as('user:lina'),
      payload: { data: example('synpunkter-inkommen') },
    });
    expect(linaRegisters.statusCode).toBe(404);

    const erik = await s.as('user:erik');
    // Reading it before it is an ärende is in the access log, under the ärende it becomes.
    expect((await s.app.inject({ method: 'GET', url: `/api/inkomna/${item.id}`, headers: erik })).statusCode).toBe(200);
    const logged = (await s.ctx.accessLog.search({ arende: `arende:${item.id}`, limit: 10 })).rows;
    expect(logged).toEqual([
      expect.objectContaining({
        userId: 'user:erik',
        role: 'enhetschef',
        kind: 'oppnat',
        enhetId: 'enhet:solgarden',
        detail: 'Inkommet via webbformuläret',
      }),
    ]);
    // She asked for an answer: registered as not wanting one, or as someone else's words, it is refused.
    const { svarSatt: _s, ...utanSvar } = registration(item, { villHaSvar: false });
    const noAnswer = await s.app.inject({
      method: 'POST',
      url: `/api/inkomna/${item.id}/registrera`,
      headers: erik,
      payload: { data: utanSvar },
    });
    expect(noAnswer.statusCode).toBe(409);
    expect(JSON.parse(noAnswer.body).rejection.reasons).toContain(
      'Vill ha svar: personen svarade ja i webbformuläret. Det kan inte ändras, inte heller genom en rättelse.',
    );
    const otherWords = await s.app.inject({
      method: 'POST',
      url: `/api/inkomna/${item.id}/registrera`,
      headers: erik,
      payload: { data: example('synpunkter-inkommen') },
    });
    expect(otherWords.statusCode).toBe(409);
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/inkomna/${item.id}/registrera`,
      headers: erik,
      payload: { data: registration(item) },
    });
    expect(res.statusCode, res.body).toBe(201);
    const answer = JSON.parse(res.body) as Extract<CommandAnswer, { ok: true }>;
    expect(answer.summary.arendeId).toBe(`arende:${item.id}`);
    expect(answer.summary.processType).toBe('synpunkter');
    expect(answer.event.actor.userId).toBe('user:erik');
    // The first event holds what came in as the server stored it, beside Erik's registration.
    expect((answer.event.stepData as { mottaget: unknown }).mottaget).toEqual({
      id: item.id,
      receivedAt: item.receivedAt,
      enhetId: item.enhetId,
      data: item.data,
    });
    const again = await s.app.inject({
      method: 'POST',
      url: `/api/inkomna/${item.id}/registrera`,
      headers: await s.as('user:sara'),
      payload: { data: registration(item) },
    });
    expect(again.statusCode).toBe(409);
    expect((await list('user:erik')).some((i) => i.id === item.id)).toBe(false);
    expect((await s.engine.summaries({ processTypes: ['synpunkter'], limit: 10 })).length).toBe(1);
  });

  it('keeps a form sent again after a lost answer once, gives it the same answer, and refuses its key with other content', async () => {
    const pending = async () => (await s.ctx.intake!.pending(['enhet:ekbacken'])).length;
    const key = randomUUID();
    const data = { ...example('synpunkter-webb'), beskrivning: 'Bussen till Ekbacken kom inte i morse.' };
    const first = await send({ enhetId: 'enhet:ekbacken', data, idempotencyKey: key }, '198.51.100.20');
    const retry = await send({ enhetId: 'enhet:ekbacken', data, idempotencyKey: key }, '198.51.100.20');
    expect([first.statusCode, retry.statusCode]).toEqual([202, 202]);
    expect(retry.body).toBe(first.body);
    expect(await pending()).toBe(1);
    // Two retries racing each other still make one.
    const racing = randomUUID();
    const both = await Promise.all([0, 1].map(() => send({ enhetId: 'enhet:ekbacken', data, idempotencyKey: racing }, '198.51.100.21')));
    expect(both.map((r) => r.statusCode)).toEqual([202, 202]);
    expect(await pending()).toBe(2);

    const changed = await send(
      { enhetId: 'enhet:ekbacken', data: { ...data, beskrivning: 'Något helt annat.' }, idempotencyKey: key },
      '198.51.100.22',
    );
    expect(changed.statusCode).toBe(409);
    expect(JSON.parse(changed.body).error.message).toBe(
      'Formuläret har redan skickats en gång med annat innehåll. Inget nytt har sparats. Ladda om sidan och fyll i formuläret ' +
        'på nytt om du vill skicka något mer.',
    );
    const elsewhere = await send({ enhetId: 'enhet:larkan', data, idempotencyKey: key }, '198.51.100.22');
    expect(elsewhere.statusCode).toBe(409);
    const { idempotencyKey: _k, ...noKey } = { enhetId: 'enhet:ekbacken', data, idempotencyKey: '' };
    const without = await s.app.inject({
      method: 'POST',
      url: '/api/offentlig/synpunkter',
      headers: { [CLIENT_HEADER]: '1' },
      payload: noKey,
      remoteAddress: '198.51.100.23',
    });
    expect(without.statusCode).toBe(400);
    expect(JSON.parse(without.body).error.message).toMatch(/idempotencyKey.*måste fyllas i/);
    expect(await pending()).toBe(2);
  });

  it('registers on the right enhet as a recorded correction, in the first event beside what came in', async () => {
    await send({ enhetId: 'enhet:solgarden', data: example('synpunkter-webb', {}, 1) }, '198.51.100.30');
    const erik = await s.as('user:erik');
    const item = (JSON.parse((await s.app.inject({ method: 'GET', url: '/api/inkomna', headers: erik })).body) as IntakeItemView[]).find(
      (i) => i.data.typ === 'berom',
    )!;
    const url = `/api/inkomna/${item.id}/registrera`;
    const unrecorded = await s.app.inject({
      method: 'POST',
      url,
      headers: erik,
      payload: { data: registration(item), enhetId: 'enhet:hemtjanst-norr' },
    });
    expect(unrecorded.statusCode).toBe(422);
    const rattelse = { falt: ['enhet'], skal: 'Festen var hos hemtjänsten, inte på boendet.' };
    // The page may send back what came in as it read it; the server keeps its own copy, and refuses another one.
    const forged = await s.app.inject({
      method: 'POST',
      url,
      headers: erik,
      payload: {
        data: { ...registration(item), rattelse, mottaget: { ...item, data: { ...item.data, typ: 'klagomal' } } },
        enhetId: 'enhet:hemtjanst-norr',
      },
    });
    expect(forged.statusCode).toBe(422);
    const echoed = { id: item.id, receivedAt: item.receivedAt, enhetId: item.enhetId, data: item.data };
    const res = await s.app.inject({
      method: 'POST',
      url,
      headers: erik,
      payload: { data: { ...registration(item), rattelse, mottaget: echoed }, enhetId: 'enhet:hemtjanst-norr' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const answer = JSON.parse(res.body) as Extract<CommandAnswer, { ok: true }>;
    expect(answer.summary.enhetId).toBe('enhet:hemtjanst-norr');
    expect(answer.event.stepData).toMatchObject({ rattelse, mottaget: echoed });
  });
});

/** The registration the page offers: what came in, with the channel's facts and the day it came (Stockholm). */
function registration(item: IntakeItemView, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...synpunkter.publicIntake.firstStep(item.data, stockholmDate(item.receivedAt)!), ...patch };
}
