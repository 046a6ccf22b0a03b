import { describe, expect, it } from 'vitest';
import type { MigrateAnswer, ProcessRowsAnswer } from '../../src/api/contract';
import { publishBroken, publishRepair } from '../support/brokenVersion';
import { memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example, lexSarahUntil, worldOver } from '../support/world';

const worldOf = (s: MemoryServer) => worldOver(s.engine, s.store, s.clock);

describe('a stuck ärende on a broken old version is listed for the processägare and rescued (issue 27)', () => {
  it('lists it with a proved proposal, without content, and the proposal moves it', async () => {
    const s = await memoryServer();
    const w = worldOf(s);
    const lawful = s.engine.registry.latest('lex-sarah')!.definition;
    await publishBroken(s, 'lex-sarah', 'avslut');
    const stuck = await lexSarahUntil(w, 'avslut');
    const moving = await lexSarahUntil(w, 'utredning');
    const repaired = await publishRepair(s.engine, 'lex-sarah', lawful);

    const body = await postAs(s, 'user:petra', '/api/definitions/lex-sarah/running', { belowVersion: repaired });
    const { rows } = JSON.parse(body) as ProcessRowsAnswer;
    const row = rows.find((r) => r.arendeId === stuck)!;
    expect(row.stuck).toEqual({
      since: expect.any(String),
      proposal: { toVersion: repaired, mapping: {}, text: `Flytta till version ${repaired} och fortsätt i "Avslut".` },
    });
    expect(rows.find((r) => r.arendeId === moving)!.stuck).toBeUndefined();
    expect(body).not.toMatch(/Anna Berg|user:anna|rubrik|lacksStep|\.submit/);

    // Only the processägare lists them: not the SAS, nor a curious administratör.
    for (const who of ['user:sara', 'user:adam']) {
      const other = await s.app.inject({
        method: 'POST',
        url: '/api/definitions/lex-sarah/running',
        headers: await s.as(who),
        payload: { belowVersion: repaired },
      });
      expect(other.statusCode, who).toBe(403);
    }

    // A refused trial names steps by their titles, with no trace of state paths or event names.
    const skip = {
      'handlaggning.ivospar.bevakning': 'handlaggning.utredningsspar.utredning',
      'spar:handlaggning.ivospar': 'handlaggning.ivospar.anmalan_skickad',
    };
    const tried = await postAs(s, 'user:petra', `/api/arenden/${encodeURIComponent(moving)}/migrate`, {
      toVersion: repaired,
      mapping: skip,
      dryRun: true,
    });
    expect(JSON.parse(tried)).toMatchObject({
      ok: true,
      proof: { ok: false, reasons: expect.arrayContaining([expect.stringContaining('"Anmälan till IVO')]) },
    });
    expect(tried).not.toMatch(/handlaggning|ivospar|\.submit|arende:/);

    const url = `/api/arenden/${encodeURIComponent(stuck)}/migrate`;
    const moved = JSON.parse(
      await postAs(s, 'user:petra', url, { toVersion: repaired, mapping: row.stuck!.proposal!.mapping, note: 'Räddning' }),
    ) as MigrateAnswer;
    expect(moved).toMatchObject({ ok: true, summary: { arendeId: stuck, definitionVersion: repaired } });
    await w.step(stuck, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
    expect((await s.engine.get(stuck))!.status).toBe('closed');
  });
});
