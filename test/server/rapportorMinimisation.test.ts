import { describe, expect, it } from 'vitest';
import { HIDDEN_RAPPORTOR } from '../../src/api/access';
import type { CommandAnswer, ListAnswer } from '../../src/api/contract';
import { ANNA, memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example } from '../support/world';

type Server = MemoryServer;
const post = postAs;

async function report(s: Server, userId: string, processType: string, data: Record<string, unknown>): Promise<string> {
  const body = await post(s, userId, '/api/arenden', { processType, enhetId: 'enhet:solgarden', data });
  return (JSON.parse(body) as Extract<CommandAnswer, { ok: true }>).summary.arendeId;
}

const step = (s: Server, userId: string, id: string, type: string, data: unknown) =>
  post(s, userId, `/api/arenden/${encodeURIComponent(id)}/commands`, { type, data });

/** The raw JSON a person gets for the ärende (and its print), as the browser receives it. */
async function read(s: Server, userId: string, id: string, utskrift?: string): Promise<{ status: number; body: string }> {
  const url = `/api/arenden/${encodeURIComponent(id)}${utskrift ? `?utskrift=${encodeURIComponent(utskrift)}` : ''}`;
  const res = await s.app.inject({ method: 'GET', url, headers: await s.as(userId) });
  return { status: res.statusCode, body: res.body };
}

describe('the rapportör reaches only the roles that need her (issue 10, item 5)', () => {
  it(
    'gives the verksamhetschef a placeholder, never her name or user id; the SAS, the enhetschef and she herself see her; the ' +
      'skyddsombud nothing',
    async () => {
      const s = await memoryServer();
      const id = await report(s, 'user:anna', 'lex-sarah', example('lex-sarah-rapport-2', { rapportor: ANNA }));
      await step(s, 'user:erik', id, 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));

      // Issue 21: the skyddsombud takes part in riskanalyser; a lex Sarah rapport about an enskild is not hers to read.
      for (const utskrift of [undefined, 'Utredning']) expect((await read(s, 'user:olle', id, utskrift)).status).toBe(404);
      expect(await post(s, 'user:olle', '/api/arenden/list', { query: {} })).not.toContain(id);
      for (const who of ['user:vera']) {
        for (const utskrift of [undefined, 'Utredning']) {
          const { status, body } = await read(s, who, id, utskrift);
          expect(status, who).toBe(200);
          expect(body, who).not.toContain('Anna Berg');
          expect(body, who).not.toContain('user:anna');
          expect(body, who).toContain(HIDDEN_RAPPORTOR.namn);
          expect(body, who).toContain(HIDDEN_RAPPORTOR.userId);
          // The enhetschef who acted is no secret.
          expect(body, who).toContain('user:erik');
        }
        // Nor in the list row, whose opener is the rapportör.
        const list = await post(s, who, '/api/arenden/list', { query: {} });
        expect((JSON.parse(list) as ListAnswer).rows.find((r) => r.arendeId === id)?.openedBy, who).toBe(HIDDEN_RAPPORTOR.userId);
        expect(list, who).not.toContain('user:anna');
      }
      for (const who of ['user:sara', 'user:erik', 'user:fredrik', 'user:anna']) {
        const { status, body } = await read(s, who, id);
        expect(status, who).toBe(200);
        expect(body, who).toContain('Anna Berg');
        expect(body, who).toContain('user:anna');
        expect(body, who).not.toContain(HIDDEN_RAPPORTOR.userId);
      }
      const sasList = await post(s, 'user:sara', '/api/arenden/list', { query: {} });
      expect(sasList).toContain('user:anna');
    },
  );

  it('keeps the receiver of an oral rapport named for the verksamhetschef, and hides only the rapportör', async () => {
    const s = await memoryServer();
    const oral = example('lex-sarah-rapport-2', {
      rapportor: { namn: 'Anna Berg', befattning: 'Undersköterska' },
      muntligRapport: true,
      mottagenAv: { namn: 'Erik Holm', titel: 'Enhetschef' },
    });
    const id = await report(s, 'user:erik', 'lex-sarah', oral);
    const { status, body } = await read(s, 'user:vera', id);
    expect(status).toBe(200);
    expect(body).toContain('user:erik');
    expect(body).toContain('Erik Holm');
    expect(body).not.toContain('Anna Berg');
    expect(body).not.toContain('user:anna');
    expect(body).toContain(HIDDEN_RAPPORTOR.namn);
    expect((await read(s, 'user:erik', id)).body).toContain('Anna Berg');
  });

  it('lets the MAS know who reported an avvikelse handed to her; not the verksamhetschef; the skyddsombud reads none', async () => {
    const s = await memoryServer();
    const id = await report(s, 'user:anna', 'avvikelse', example('avvikelse-rapport-2', { lagrum: 'hsl', kategori: 'lakemedel' }));
    await step(s, 'user:erik', id, 'bedomning.submit', example('avvikelse-bedomning', { vag: 'mas' }));
    await step(s, 'user:erik', id, 'overlamning.submit', example('avvikelse-overlamning-mas'));
    const mas = await read(s, 'user:karin', id);
    expect(mas.status).toBe(200);
    expect(mas.body).toContain('user:anna');
    const verksamhetschef = await read(s, 'user:vera', id);
    expect(verksamhetschef.status).toBe(200);
    expect(verksamhetschef.body).not.toContain('user:anna');
    expect(verksamhetschef.body).toContain('user:erik');
    expect((await read(s, 'user:olle', id)).status).toBe(404);
  });
});
