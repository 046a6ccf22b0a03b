import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandAnswer, IntakeItemView } from '../../src/api/contract';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { memoryServer } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example } from '../support/world';

/**
 * Issue 12, item 2: a synpunkt from the förvaltning's web site without an account. It is refused with a Swedish
 * message when wrong, echoed nowhere, rate-limited, seen only by those who register for its enhet, and registered
 * once as an ärende in the registering person's name.
 */
describe('the public form for synpunkter och klagomål', () => {
  let s: MemoryServer;
  const send = (payload: unknown, remoteAddress = '203.0.113.7') =>
    s.app.inject({ method: 'POST', url: '/api/offentlig/synpunkter', headers: { [CLIENT_HEADER]: '1' }, payload: payload as Record<string, unknown>, remoteAddress });

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

  it('refuses, with a Swedish message and nothing stored: no client header, an unknown enhet, invalid data, a personnummer, another process', async () => {
    const before = (await s.ctx.intake!.pending(['enhet:solgarden'])).length;
    const noHeader = await s.app.inject({ method: 'POST', url: '/api/offentlig/synpunkter', payload: { enhetId: 'enhet:solgarden', data: example('synpunkter-webb') }, remoteAddress: '198.51.100.1' });
    expect(noHeader.statusCode).toBe(403);
    const unknown = await send({ enhetId: 'enhet:finns-inte', data: example('synpunkter-webb') }, '198.51.100.2');
    expect(unknown.statusCode).toBe(400);
    expect(JSON.parse(unknown.body).error.message).toBe('Välj vilken verksamhet det gäller.');
    const invalid = await send({ enhetId: 'enhet:solgarden', data: {} }, '198.51.100.3');
    expect(invalid.statusCode).toBe(400);
    expect(JSON.parse(invalid.body).error.message).toMatch(/[åäö]|saknas|måste|ska/i);
    const text = Object.entries(example('synpunkter-webb')).find(([, v]) => typeof v === 'string' && (v as string).length > 20)?.[0] ?? 'beskrivning';
    const pnr = await send({ enhetId: 'enhet:solgarden', data: { ...example('synpunkter-webb'), [text]: 'Det gäller Tolvan Tolvansson 19121212-1212.' } }, '198.51.100.4');
    expect(pnr.statusCode).toBe(400);
    expect(JSON.parse(pnr.body).error.message).toMatch(/personnummer/i);
    const lexSarah = await s.app.inject({ method: 'POST', url: '/api/offentlig/lex-sarah', headers: { [CLIENT_HEADER]: '1' }, payload: { enhetId: 'enhet:solgarden', data: {} } });
    expect(lexSarah.statusCode).toBe(404);
    expect((await s.ctx.intake!.pending(['enhet:solgarden'])).length).toBe(before);
  });

  it('lets one address send a handful, then asks it to wait', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await send({ enhetId: 'enhet:larkan', data: example('synpunkter-webb') }, '192.0.2.50')).statusCode);
    expect(codes.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(codes.slice(5)).toEqual([429, 429]);
    // Another address is not held back by it.
    expect((await send({ enhetId: 'enhet:larkan', data: example('synpunkter-webb') }, '192.0.2.51')).statusCode).toBe(202);
  });

  it('shows what came in only to those who register for its enhet, and registers it once, in the registering person\'s name', async () => {
    const list = async (userId: string) => JSON.parse((await s.app.inject({ method: 'GET', url: '/api/inkomna', headers: await s.as(userId) })).body) as IntakeItemView[];
    const eriks = await list('user:erik');
    const item = eriks.find((i) => i.enhetId === 'enhet:solgarden')!;
    expect(item).toBeDefined();
    expect((await list('user:anna')).length).toBe(0);
    expect((await list('user:lina')).some((i) => i.enhetId === 'enhet:solgarden')).toBe(false);
    const linaReads = await s.app.inject({ method: 'GET', url: `/api/inkomna/${item.id}`, headers: await s.as('user:lina') });
    expect(linaReads.statusCode).toBe(404);
    const linaRegisters = await s.app.inject({ method: 'POST', url: `/api/inkomna/${item.id}/registrera`, headers: await s.as('user:lina'), payload: { data: example('synpunkter-inkommen') } });
    expect(linaRegisters.statusCode).toBe(404);

    const erik = await s.as('user:erik');
    // Reading it before it is an ärende is in the access log, under the ärende it becomes.
    expect((await s.app.inject({ method: 'GET', url: `/api/inkomna/${item.id}`, headers: erik })).statusCode).toBe(200);
    const logged = (await s.ctx.accessLog.search({ arende: `arende:${item.id}`, limit: 10 })).rows;
    expect(logged).toEqual([expect.objectContaining({ userId: 'user:erik', role: 'enhetschef', kind: 'oppnat', enhetId: 'enhet:solgarden', detail: 'Inkommet via webbformuläret' })]);
    const res = await s.app.inject({ method: 'POST', url: `/api/inkomna/${item.id}/registrera`, headers: erik, payload: { data: example('synpunkter-inkommen') } });
    expect(res.statusCode, res.body).toBe(201);
    const answer = JSON.parse(res.body) as Extract<CommandAnswer, { ok: true }>;
    expect(answer.summary.arendeId).toBe(`arende:${item.id}`);
    expect(answer.summary.processType).toBe('synpunkter');
    expect(answer.event.actor.userId).toBe('user:erik');
    const again = await s.app.inject({ method: 'POST', url: `/api/inkomna/${item.id}/registrera`, headers: await s.as('user:sara'), payload: { data: example('synpunkter-inkommen') } });
    expect(again.statusCode).toBe(409);
    expect((await list('user:erik')).some((i) => i.id === item.id)).toBe(false);
    expect((await s.engine.summaries({ processTypes: ['synpunkter'], limit: 10 })).length).toBe(1);
  });
});
