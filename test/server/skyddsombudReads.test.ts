import { describe, expect, it } from 'vitest';
import type { ArendeView, CommandAnswer, ListAnswer } from '../../src/api/contract';
import { ANNA, memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example } from '../support/world';

async function report(
  s: MemoryServer,
  userId: string,
  processType: string,
  enhetId: string,
  data: Record<string, unknown>,
): Promise<string> {
  return (JSON.parse(await postAs(s, userId, '/api/arenden', { processType, enhetId, data })) as Extract<CommandAnswer, { ok: true }>)
    .summary.arendeId;
}

const step = (s: MemoryServer, userId: string, id: string, type: string, data: unknown) =>
  postAs(s, userId, `/api/arenden/${encodeURIComponent(id)}/commands`, { type, data });

async function read(s: MemoryServer, userId: string, id: string) {
  const res = await s.app.inject({ method: 'GET', url: `/api/arenden/${encodeURIComponent(id)}`, headers: await s.as(userId) });
  return { status: res.statusCode, body: res.body };
}

const listed = async (s: MemoryServer, userId: string, url = '/api/arenden/list', payload: Record<string, unknown> = { query: {} }) =>
  (JSON.parse(await postAs(s, userId, url, payload)) as ListAnswer).rows.map((r) => r.arendeId);

describe('the skyddsombud reads the analyses she takes part in, nothing about an enskild (issue 21)', () => {
  it(
    'gets the riskanalys of her verksamhet in her inbox, reads it and gives her view; lex Sarah, avvikelse and synpunkt there ' +
      'stay hidden',
    async () => {
      const s = await memoryServer();
      const risk = await report(s, 'user:erik', 'riskanalys', 'enhet:hemtjanst-norr', example('riskanalys-beskrivning'));
      for (const [type, form] of [
        ['deltagare.submit', 'riskanalys-deltagare'],
        ['identifiera.submit', 'riskanalys-identifiera'],
        ['vardera.submit', 'riskanalys-vardera'],
        ['handlingsplan.submit', 'riskanalys-handlingsplan'],
      ] as const)
        await step(s, 'user:erik', risk, type, example(form));
      const lexSarah = await report(s, 'user:anna', 'lex-sarah', 'enhet:solgarden', example('lex-sarah-rapport-2', { rapportor: ANNA }));
      const avvikelse = await report(s, 'user:anna', 'avvikelse', 'enhet:solgarden', example('avvikelse-rapport-2'));
      const synpunkt = await report(s, 'user:anna', 'synpunkter', 'enhet:solgarden', example('synpunkter-inkommen'));

      expect(await listed(s, 'user:olle', '/api/inbox', {})).toEqual([risk]);
      expect(await listed(s, 'user:olle')).toEqual([risk]);
      const view = await read(s, 'user:olle', risk);
      expect(view.status).toBe(200);
      expect((JSON.parse(view.body) as ArendeView).options.some((o) => o.type === 'skyddsombud.submit' && o.allowed)).toBe(true);
      await step(s, 'user:olle', risk, 'skyddsombud.submit', example('riskanalys-skyddsombud'));

      for (const id of [lexSarah, avvikelse, synpunkt]) {
        expect((await read(s, 'user:olle', id)).status, id).toBe(404);
        const act = await s.app.inject({
          method: 'POST',
          url: `/api/arenden/${encodeURIComponent(id)}/commands`,
          headers: await s.as('user:olle'),
          payload: { type: 'bedomning.submit', data: {} },
        });
        expect(act.statusCode, id).toBe(404);
      }
      // The verksamhetschef still reads all of them (she approves the analysis).
      for (const id of [risk, lexSarah, avvikelse, synpunkt]) expect((await read(s, 'user:vera', id)).status, id).toBe(200);
    },
  );

  it('does not read a riskanalys of another verksamhet', async () => {
    const s = await memoryServer();
    const elsewhere = await report(s, 'user:lina', 'riskanalys', 'enhet:larkan', example('riskanalys-beskrivning'));
    expect((await read(s, 'user:olle', elsewhere)).status).toBe(404);
    expect(await listed(s, 'user:olle')).toEqual([]);
  });
});
