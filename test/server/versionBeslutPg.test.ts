import { describe, expect, it } from 'vitest';
import type { BeslutAnswer } from '../../src/api/versionBeslut';
import { usePgServer } from '../support/pgServer';
import { demoSession } from '../support/serverProcess';

const BESLUT = { instans: 'Socialnämnden', beslutsdatum: '2026-01-15', diarienummer: 'SN 2026/123', paragraf: '§ 45' };

/** The nämnd's beslut on the real server (PGlite, migration 0021): kept across instances, never rewritten (issue 27). */
describe("the nämnd's beslut on a version, in PostgreSQL", () => {
  const pg = usePgServer('kf-beslut-');

  it('stores a beslut the processägare records, refuses a medarbetare, and the database refuses to rewrite it', async () => {
    const petra = await demoSession(pg.server().url, 'user:petra');
    const anna = await demoSession(pg.server().url, 'user:anna');
    const saved = await pg.call('POST', '/api/definitions/lex-sarah/3/beslut', petra, BESLUT);
    expect(saved).toMatchObject({ status: 200, body: { version: 3, ...BESLUT, registreratAv: 'user:petra' } });
    expect((await pg.call('POST', '/api/definitions/lex-sarah/3/beslut', anna, BESLUT)).status).toBe(403);
    const future = await pg.call<{ error: { message: string } }>('POST', '/api/definitions/lex-sarah/3/beslut', petra, {
      ...BESLUT,
      beslutsdatum: '2999-01-01',
    });
    expect([future.status, future.body.error.message]).toEqual([400, expect.stringMatching(/ligger i framtiden/)]);
    const read = await pg.call<BeslutAnswer>('GET', '/api/definitions/lex-sarah/beslut', petra);
    expect(read.body.beslut).toEqual([expect.objectContaining({ version: 3, ...BESLUT })]);

    // Someone with the database cannot quietly change the diarienummer or remove the record.
    const db = pg.server().context.db;
    await expect(db.query("update version_beslut set diarienummer = 'SN 2026/999'")).rejects.toThrow();
    await expect(db.query('delete from version_beslut')).rejects.toThrow();
    await expect(
      db.query(
        'insert into version_beslut (process_id, version, instans, beslutsdatum, diarienummer, recorded_by, recorded_at) ' +
          "values ('lex-sarah', 3, ' ', '2026-01-01', 'x', 'u', 't')",
      ),
    ).rejects.toThrow();
    expect((await pg.call<BeslutAnswer>('GET', '/api/definitions/lex-sarah/beslut', petra)).body.beslut).toHaveLength(1);
  });
});
