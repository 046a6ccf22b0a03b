import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogAnswer, ArendeView, CommandAnswer, ListAnswer, NotificationsAnswer } from '../../src/api/contract';
import { readConfig } from '../../src/server/config';
import { APPOINTED_REASON } from '../../src/server/routes/arendeRoutes';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { asSuperuser, createTestDatabase } from '../postgres/testDatabase';
import { demoSession } from '../support/serverProcess';
import { mailingServerEnv, smtpSink } from '../support/smtpSink';
import { until } from '../support/until';
import { example } from '../support/world';

/**
 * Jäv that stops an ärende, on the real server and PostgreSQL: the stall is told without case content, the appointee reads that ärende
 * only.
 */
describe('an ärende stalled by jäv, on the server', () => {
  const keyDir = mkdtempSync(join(tmpdir(), 'kf-jav-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await smtpSink();
    server = await startServer(readConfig(mailingServerEnv(database.url, join(keyDir, 'nyckel.pem'), sink.url)), { logger: false });
  });
  afterAll(async () => {
    await server?.close();
    await sink?.close();
    await database?.drop();
    rmSync(keyDir, { recursive: true, force: true });
  });

  const api = async <T>(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as T };
  };
  const avvikelse = async (headers: Record<string, string>, handelse: string) => {
    const r = await api<Extract<CommandAnswer, { ok: true }>>('POST', '/api/arenden', headers, {
      processType: 'avvikelse',
      enhetId: 'enhet:solgarden',
      data: example('avvikelse-rapport', { handelse }),
    });
    expect(r.status).toBe(201);
    return r.body.summary.arendeId;
  };
  const url = (id: string, rest = '') => `/api/arenden/${encodeURIComponent(id)}${rest}`;

  it(
    'tells the förvaltningschef without case content; her appointee reads and judges that ärende only, and every read is logged ' +
      'in the appointed role',
    async () => {
      const erik = await demoSession(server.url, 'user:erik');
      const id = await avvikelse(erik, 'Brukaren Gustav föll i badrummet på Solgården');
      const fredrik = await demoSession(server.url, 'user:fredrik');
      const toFredrik = () => sink.mails.find((m) => m.to.includes('fredrik.dahl@storstad.example') && m.body.includes('ersättare'));
      await until('ett mejl om att ärendet stannat', () => toFredrik() !== undefined);
      const mail = toFredrik()!;
      expect(mail.body).toMatch(
        new RegExp(
          '^Du har en uppgift i Kvalitetsflöde: Utse en ersättare: ' +
            'alla som kan göra "Bedömning" \\(enhetschef\\) är jäviga, senast \\d{4}-\\d{2}-\\d{2}\\.\\n',
        ),
      );
      for (const secret of ['Gustav', 'badrummet', 'Solgården', 'Erik', 'Holm', id, id.replace(/^arende:/, '')])
        expect(mail.raw).not.toContain(secret);
      const notes = await api<NotificationsAnswer>('GET', '/api/notifications', fredrik);
      expect(notes.body.items.filter((n) => n.arendeId === id).map((n) => n.kind)).toEqual(['stannat']);

      const seen = await api<ArendeView>('GET', url(id), fredrik);
      expect(seen.body.jav).toMatchObject({
        stalls: [{ stepKey: 'bedomning', role: 'enhetschef' }],
        appoint: [{ role: 'enhetschef', candidates: [{ userId: 'user:lina', namn: 'Lina Ek' }] }],
      });
      const lina = await demoSession(server.url, 'user:lina');
      expect((await fetch(`${server.url}${url(id)}`, { headers: lina })).status).toBe(404);
      // Only the förvaltningschef appoints; a body cannot name an actor.
      expect(
        (await api('POST', url(id, '/ersattare'), lina, { userId: 'user:lina', role: 'enhetschef', motivering: 'Jag tar det.' })).status,
      ).toBe(404);
      const sara = await demoSession(server.url, 'user:sara');
      expect(
        (await api('POST', url(id, '/ersattare'), sara, { userId: 'user:lina', role: 'enhetschef', motivering: 'Lina tar det.' })).status,
      ).toBe(403);
      expect(
        (
          await api('POST', url(id, '/ersattare'), fredrik, {
            userId: 'user:lina',
            role: 'enhetschef',
            motivering: 'x',
            actor: 'user:fredrik',
          })
        ).status,
      ).toBe(400);

      const appointed = await api<CommandAnswer>('POST', url(id, '/ersattare'), fredrik, {
        userId: 'user:lina',
        role: 'enhetschef',
        motivering: 'Erik rapporterade själv.',
        expectedSeq: seen.body.events.length,
      });
      expect(appointed.status).toBe(200);

      const hers = await api<ArendeView>('GET', url(id), lina);
      expect(hers.status).toBe(200);
      expect(hers.body.jav?.stalls).toEqual([]);
      expect(hers.body.options.find((o) => o.type === 'bedomning.submit')).toMatchObject({ allowed: true, role: 'enhetschef' });
      // She knows the rapportör as an enhetschef does.
      expect(JSON.stringify(hers.body.events)).toContain('"userId":"user:erik"');
      const listed = await api<ListAnswer>('POST', '/api/arenden/list', lina, { query: { enhetId: 'enhet:solgarden' } });
      expect(listed.body.rows.map((r) => r.arendeId)).toEqual([id]);

      const other = await avvikelse(await demoSession(server.url, 'user:anna'), 'Annan händelse');
      expect((await fetch(`${server.url}${url(other)}`, { headers: lina })).status).toBe(404);
      const judged = await api<CommandAnswer>('POST', url(id, '/commands'), lina, {
        type: 'bedomning.submit',
        data: example('avvikelse-bedomning'),
      });
      expect(judged.status).toBe(200);
      const elsewhere = await api<CommandAnswer>('POST', url(other, '/commands'), lina, {
        type: 'bedomning.submit',
        data: example('avvikelse-bedomning'),
      });
      expect(elsewhere.status).toBe(404);

      const log = await api<AccessLogAnswer>('POST', '/api/access-log/search', sara, { arende: id });
      const linas = log.body.rows.filter((r) => r.userId === 'user:lina').map((r) => [r.kind, r.role, r.reason]);
      // Newest first: her reading as ersättare, then her refused appointment of herself and her refused read before.
      expect(linas).toEqual([
        ['oppnat', 'enhetschef', APPOINTED_REASON],
        ['nekat', undefined, undefined],
        ['nekat', undefined, undefined],
      ]);
      // The administratör cannot appoint (nor read); and an appointee written into a list row by hand reads nothing.
      expect(
        (
          await api('POST', url(other, '/ersattare'), await demoSession(server.url, 'user:adam'), {
            userId: 'user:lina',
            role: 'enhetschef',
            motivering: 'x',
          })
        ).status,
      ).toBe(404);
      await asSuperuser(database.url, (c) =>
        c.query(
          `update summaries set "row" = ("row"::jsonb || ` +
            `'{"ersattare":[{"userId":"user:lina","role":"enhetschef"}]}'::jsonb)::json where arende_id = $1`,
          [other],
        ),
      );
      expect((await fetch(`${server.url}${url(other)}`, { headers: lina })).status).toBe(404);

      await until('ett mejl till Lina', () => sink.mails.some((m) => m.to.includes('lina.ek@storstad.example')));
      for (const m of sink.mails.filter((x) => x.to.includes('lina.ek@storstad.example'))) expect(m.raw).not.toContain('Gustav');
    },
  );
});
