import { Ajv } from 'ajv';
import type { TSchema } from 'typebox';
import { describe, expect, it } from 'vitest';
import type { CommandAnswer } from '../../src/api/contract';
import { ArendeViewSchema, CommandAnswerSchema, ListAnswerSchema } from '../../src/api/wire/answerSchemas';
import { ArendeSummarySchema } from '../../src/api/wire/engineShapes';
import { memoryServer, postAs } from '../support/memoryServer';
import { example } from '../support/world';

const ajv = new Ajv({ allErrors: true });
/** The schema's verdict on a real answer, with Ajv's words when it disagrees. */
function fits(schema: TSchema, value: unknown): string {
  const validate = ajv.compile(schema);
  return validate(value) ? 'ok' : ajv.errorsText(validate.errors);
}
const rapport = (processType: string, data: unknown) => ({ processType, enhetId: 'enhet:solgarden', data });

describe('the wire contract describes what the server really sends, field by field', () => {
  it('a rapport, a step, a refusal, the ärende and both lists each fit their schema, with no field undescribed', async () => {
    const s = await memoryServer();
    const created = JSON.parse(await postAs(s, 'user:anna', '/api/arenden', rapport('lex-sarah', example('lex-sarah-rapport-2'))));
    expect(fits(CommandAnswerSchema, created)).toBe('ok');
    const { arendeId } = (created as Extract<CommandAnswer, { ok: true }>).summary;
    const step = { type: 'omedelbara_atgarder.submit', data: example('lex-sarah-omedelbara-atgarder'), expectedSeq: 2 };
    expect(fits(CommandAnswerSchema, JSON.parse(await postAs(s, 'user:erik', `/api/arenden/${arendeId}/commands`, step)))).toBe('ok');
    const refused = await s.app.inject({
      method: 'POST',
      url: '/api/arenden',
      headers: await s.as('user:anna'),
      payload: rapport('avvikelse', example('avvikelse-rapport-2', { handelse: '' })),
    });
    expect(refused.statusCode).toBe(422);
    expect(fits(CommandAnswerSchema, JSON.parse(refused.body))).toBe('ok');

    const erik = await s.as('user:erik');
    const view = JSON.parse((await s.app.inject({ method: 'GET', url: `/api/arenden/${arendeId}`, headers: erik })).body);
    expect(view.options.some((o: { why?: unknown }) => o.why !== undefined)).toBe(true);
    expect(fits(ArendeViewSchema, view)).toBe('ok');
    for (const [url, payload, userId] of [
      ['/api/arenden/list', { query: {} }, 'user:erik'],
      ['/api/inbox', {}, 'user:sara'],
    ] as const) {
      const list = JSON.parse(await postAs(s, userId, url, payload)) as { rows: unknown[] };
      expect(list.rows.length).toBeGreaterThan(0);
      expect(fits(ListAnswerSchema, list), url).toBe('ok');
    }
  });

  it('names a field the description does not know, so a new engine field cannot slip out undescribed', async () => {
    const s = await memoryServer();
    const created = await postAs(s, 'user:anna', '/api/arenden', rapport('avvikelse', example('avvikelse-rapport-2')));
    const { summary } = JSON.parse(created) as Extract<CommandAnswer, { ok: true }>;
    expect(fits(ArendeSummarySchema, summary)).toBe('ok');
    expect(fits(ArendeSummarySchema, { ...summary, rapportorNamn: 'Anna Berg' })).toContain('additional properties');
    expect(fits(ArendeSummarySchema, { ...summary, status: 'paused' })).toContain('/status');
  });
});
