import { describe, expect, it } from 'vitest';
import type { AccessLogAnswer, CommandAnswer, ListAnswer, MigrateAnswer } from '../../src/api/contract';
import { ANNA, memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example } from '../support/world';

type Server = MemoryServer;
const post = postAs;

async function read(s: Server, userId: string, id: string, utskrift?: string): Promise<number> {
  const url = `/api/arenden/${encodeURIComponent(id)}${utskrift ? `?utskrift=${encodeURIComponent(utskrift)}` : ''}`;
  return (await s.app.inject({ method: 'GET', url, headers: await s.as(userId) })).statusCode;
}

describe('the processägare sees definitions and statistics, not case content (issue 10, item 3)', () => {
  it('refuses the processägare the content (404, logged as refused) and lets her move the ärende without reading it', async () => {
    const s = await memoryServer();
    const created = await post(s, 'user:anna', '/api/arenden', {
      processType: 'lex-sarah',
      enhetId: 'enhet:solgarden',
      data: example('lex-sarah-rapport-2', { rapportor: ANNA }),
    });
    const id = (JSON.parse(created) as Extract<CommandAnswer, { ok: true }>).summary.arendeId;
    expect(await read(s, 'user:petra', id)).toBe(404);
    expect(await read(s, 'user:petra', id, 'Utredning')).toBe(404);
    const listed = JSON.parse(await post(s, 'user:petra', '/api/arenden/list', { query: {} })) as ListAnswer;
    expect(listed.rows).toEqual([]);
    const log = JSON.parse(await post(s, 'user:sara', '/api/access-log/search', { userId: 'user:petra' })) as AccessLogAnswer;
    expect(log.rows.map((r) => [r.kind, r.arendeId])).toEqual([
      ['nekat', id],
      ['nekat', id],
    ]);

    // The version panel: the ärende by number, version, enhet, step and dates, and its move tried without content.
    const running = await post(s, 'user:petra', '/api/definitions/lex-sarah/running', { belowVersion: 4 });
    expect(JSON.parse(running).rows).toEqual([
      expect.objectContaining({
        arendeId: id,
        definitionVersion: 3,
        enhetId: 'enhet:solgarden',
        activeSteps: [expect.objectContaining({ title: 'Omedelbara åtgärder' })],
      }),
    ]);
    const impact = await s.app.inject({ method: 'GET', url: '/api/definitions/lex-sarah/3/impact', headers: await s.as('user:petra') });
    expect(JSON.parse(impact.body)).toMatchObject({ open: 1, arendeIds: [id] });
    const dry = await post(s, 'user:petra', `/api/arenden/${encodeURIComponent(id)}/migrate`, { toVersion: 3, dryRun: true });
    for (const body of [running, impact.body, dry]) {
      expect(body).not.toContain('Anna Berg');
      expect(body).not.toContain('user:anna');
      expect(body).not.toContain('kvällsbesök');
    }
    // A new version, and the move itself: its answer is the row without content too.
    const published = await s.engine.publish(
      structuredClone(s.engine.registry.get('lex-sarah', 3)!.definition),
      'user:petra',
      'Samma rutin, ny version.',
    );
    expect(published.ok).toBe(true);
    const moved = JSON.parse(
      await post(s, 'user:petra', `/api/arenden/${encodeURIComponent(id)}/migrate`, { toVersion: 4, note: 'Ny version' }),
    ) as MigrateAnswer;
    expect(moved).toMatchObject({ ok: true, summary: { arendeId: id, definitionVersion: 4 } });
    expect(JSON.stringify(moved)).not.toMatch(/rubrik|openedBy|kvällsbesök|user:anna/);
    // Anyone else is refused the move before the ärende is even looked up.
    const sas = await s.app.inject({
      method: 'POST',
      url: `/api/arenden/${encodeURIComponent(id)}/migrate`,
      headers: await s.as('user:sara'),
      payload: { toVersion: 4, dryRun: true },
    });
    expect(sas.statusCode).toBe(403);
  });
});
