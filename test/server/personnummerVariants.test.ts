import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CommandAnswer, ListAnswer } from '../../src/api/contract';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { memoryServer, postAs } from '../support/memoryServer';
import { example } from '../support/world';

/** The spellings of 121212-1212 (and a samordningsnummer) that Word and people produce (issue 21). */
const VARIANTS = [
  '121212–1212',
  '121212 - 1212',
  '121212.1212',
  '１２１２１２－１２１２',
  '1212\u200b12-1212',
  '12-12-12-1212',
  '70-10-63-2391',
  '701063 – 2391',
];

describe('personnummer as Word and people write them are refused at every entry, and nothing is stored (issue 21)', () => {
  it("in a rapport, a step, the public form and a reason for reading outside one's units", async () => {
    const s = await memoryServer();
    const erik = await s.as('user:erik');
    const avvikelse = (
      JSON.parse(
        await postAs(s, 'user:anna', '/api/arenden', {
          processType: 'avvikelse',
          enhetId: 'enhet:solgarden',
          data: example('avvikelse-rapport-2'),
        }),
      ) as Extract<CommandAnswer, { ok: true }>
    ).summary;
    for (const v of VARIANTS) {
      const rapport = await s.app.inject({
        method: 'POST',
        url: '/api/arenden',
        headers: await s.as('user:anna'),
        payload: {
          processType: 'avvikelse',
          enhetId: 'enhet:solgarden',
          data: example('avvikelse-rapport-2', { handelse: `Brukaren ${v} föll i badrummet.` }),
        },
      });
      expect(rapport.statusCode, v).toBe(422);
      const answer = JSON.parse(rapport.body) as Extract<CommandAnswer, { ok: false }>;
      expect(answer.rejection.fieldErrors?.[0]?.message, v).toMatch(/^"Vad hände\?" innehåller något som ser ut som ett personnummer/);

      const bedomning = await s.app.inject({
        method: 'POST',
        url: `/api/arenden/${encodeURIComponent(avvikelse.arendeId)}/commands`,
        headers: erik,
        payload: { type: 'bedomning.submit', data: example('avvikelse-bedomning', { motivering: `Gäller ${v}.` }) },
      });
      expect(bedomning.statusCode, v).toBe(422);
      expect(bedomning.body, v).toContain('ser ut som ett personnummer');

      const publicForm = await s.app.inject({
        method: 'POST',
        url: '/api/offentlig/synpunkter',
        headers: { [CLIENT_HEADER]: '1' },
        payload: {
          enhetId: 'enhet:solgarden',
          idempotencyKey: randomUUID(),
          data: { ...example('synpunkter-webb'), beskrivning: `Det gäller min pappa ${v}, han väntar länge.` },
        },
        remoteAddress: `198.51.100.${VARIANTS.indexOf(v) + 10}`,
      });
      expect(publicForm.statusCode, v).toBe(400);
      expect(JSON.parse(publicForm.body).error.message, v).toMatch(/personnummer/);

      const reason = await s.app.inject({
        method: 'POST',
        url: `/api/arenden/${encodeURIComponent(avvikelse.arendeId)}/skal`,
        headers: await s.as('user:lina'),
        payload: { skal: 'jour', text: `Brukare ${v}` },
      });
      expect(reason.statusCode, v).toBe(400);
      expect(JSON.parse(reason.body).error.message, v).toMatch(/personnummer/);
    }
    // Nothing was stored: the one ärende is the clean rapport, still waiting for its bedömning, and nothing came in.
    const rows = (JSON.parse(await postAs(s, 'user:sara', '/api/arenden/list', { query: {} })) as ListAnswer).rows;
    expect(rows.map((r) => [r.arendeId, r.lastSeq])).toEqual([[avvikelse.arendeId, avvikelse.lastSeq]]);
    expect(JSON.parse((await s.app.inject({ method: 'GET', url: '/api/inkomna', headers: erik })).body)).toEqual([]);
  });

  it('lets dates, date ranges and phone numbers in the same spellings through', async () => {
    const s = await memoryServer();
    for (const text of ['2026-12-06', '2026–12–06 – 2026–12–24', '070–123 45 67', '08 123 450 40', '０７０－１２３ ４５ ６７']) {
      const data = example('avvikelse-rapport-2', { handelse: `Hände ${text} på kvällen.` });
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/arenden',
        headers: await s.as('user:anna'),
        payload: { processType: 'avvikelse', enhetId: 'enhet:solgarden', data },
      });
      expect(res.statusCode, `${text}: ${res.body}`).toBe(201);
    }
  });
});
