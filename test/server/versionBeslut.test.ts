import { describe, expect, it } from 'vitest';
import { currentBeslut } from '../../src/api/versionBeslut';
import type { BeslutAnswer, VersionBeslut } from '../../src/api/versionBeslut';
import { memoryServer } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';

const BESLUT = { instans: 'Socialnämnden', beslutsdatum: '2026-03-10', diarienummer: 'SN 2026/123', paragraf: '§ 45' };

async function call(s: MemoryServer, userId: string, method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await s.app.inject({ method, url, headers: await s.as(userId), ...(payload ? { payload } : {}) });
  return {
    status: res.statusCode,
    body: JSON.parse(res.body) as { error?: { message: string } } & Partial<VersionBeslut> & Partial<BeslutAnswer>,
  };
}
const record = (s: MemoryServer, userId: string, version: number, payload: object) =>
  call(s, userId, 'POST', `/api/definitions/lex-sarah/${version}/beslut`, payload);
const listed = async (s: MemoryServer) => (await call(s, 'user:petra', 'GET', '/api/definitions/lex-sarah/beslut')).body.beslut ?? [];

describe("the nämnd's beslut on a version (issue 27)", () => {
  it('is recorded by the processägare, in her name from the session, and a correction keeps the first as history', async () => {
    const s = await memoryServer();
    const first = await record(s, 'user:petra', 3, { ...BESLUT, diarienummer: '  SN 2026/12 ' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 3, diarienummer: 'SN 2026/12', registreratAv: 'user:petra', registrerat: s.clock.now() });
    const corrected = await record(s, 'user:petra', 3, { ...BESLUT, paragraf: '' });
    expect(corrected.status).toBe(200);
    const all = await listed(s);
    expect(all.map((b) => b.diarienummer)).toEqual(['SN 2026/12', 'SN 2026/123']);
    expect(currentBeslut(all).get(3)).toEqual({
      version: 3,
      ...BESLUT,
      paragraf: undefined,
      registreratAv: 'user:petra',
      registrerat: s.clock.now(),
    });
    expect(currentBeslut(all).get(3)).not.toHaveProperty('paragraf');
  });

  it('refuses a medarbetare, an administratör, the SAS and the förvaltningschef (403), to record and to read', async () => {
    const s = await memoryServer();
    for (const who of ['user:anna', 'user:adam', 'user:sara', 'user:fredrik']) {
      const r = await record(s, who, 3, BESLUT);
      expect([who, r.status]).toEqual([who, 403]);
      expect(r.body.error?.message).toMatch(/publicera processer/);
      expect((await call(s, who, 'GET', '/api/definitions/lex-sarah/beslut')).status).toBe(403);
    }
    expect(await listed(s)).toEqual([]);
  });

  it('never takes who recorded it from the body: a careless or curious client is refused, nothing stored', async () => {
    const s = await memoryServer();
    for (const extra of [{ registreratAv: 'user:fredrik' }, { userId: 'user:fredrik' }, { registrerat: '2020-01-01T00:00:00.000Z' }]) {
      const r = await record(s, 'user:petra', 3, { ...BESLUT, ...extra });
      expect(r.status).toBe(400);
    }
    expect(await listed(s)).toEqual([]);
  });

  it('names what is wrong in Swedish: a future or unreal date, an empty or long diarienummer, no instans, no such version', async () => {
    const s = await memoryServer();
    const cases: [number, object, number, RegExp][] = [
      [3, { beslutsdatum: '2026-03-14' }, 400, /ligger i framtiden/],
      [3, { beslutsdatum: '2026-02-30' }, 400, /finns inte\. Ange ett riktigt datum/],
      [3, { diarienummer: '   ' }, 400, /diarienummer/],
      [3, { diarienummer: 'x'.repeat(61) }, 400, /högst 60 tecken/],
      [3, { instans: '' }, 400, /vem som beslutade/],
      [99, {}, 404, /Version 99 av processen finns inte/],
    ];
    for (const [version, patch, status, message] of cases) {
      const r = await record(s, 'user:petra', version, { ...BESLUT, ...patch });
      expect([r.status, r.body.error?.message]).toEqual([status, expect.stringMatching(message)]);
    }
    expect((await record(s, 'user:petra', 3, { ...BESLUT, diarienummer: 'x'.repeat(60), beslutsdatum: '2026-03-13' })).status).toBe(200);
    expect((await call(s, 'user:petra', 'POST', '/api/definitions/finns-inte/1/beslut', BESLUT)).status).toBe(404);
    expect(await listed(s)).toHaveLength(1);
  });
});
