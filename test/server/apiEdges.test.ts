import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp, CLIENT_HEADER } from '../../src/server/http/buildApp';
import { memoryServer } from '../support/memoryServer';
import { example } from '../support/world';

const errorOf = (res: { body: string }) => (JSON.parse(res.body) as { error: { code: string; message: string } }).error;

/** Issue 22, section 3: the API at its edges, each hole an attacker-style review found, closed at the HTTP level. */
describe('CSRF: the routed path and the content type', () => {
  it('refuses a state-changing request without the client header however its path is spelled', async () => {
    const s = await memoryServer();
    const { cookie } = await s.as('user:sara');
    for (const [method, url] of [
      ['POST', '/%61pi/integrity/run'],
      ['DELETE', '/%61pi/session'],
      ['POST', '/api/integrity/run'],
      ['DELETE', '/api//session'],
    ] as const) {
      const res = await s.app.inject({ method, url, headers: { cookie } });
      expect([403, 404], `${method} ${url}`).toContain(res.statusCode);
      if (res.statusCode === 403) expect(errorOf(res).code).toBe('csrf');
    }
    // The session survived every attempt.
    const session = await s.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(JSON.parse(session.body).session.user.userId).toBe('user:sara');
  });

  it('refuses a body that is not JSON on a state-changing route with 415 in Swedish, storing nothing', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const body = JSON.stringify({ processType: 'avvikelse', enhetId: 'enhet:solgarden', data: example('avvikelse-rapport-2') });
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await s.app.inject({ method: 'POST', url: '/api/arenden', headers: { ...anna, 'content-type': type }, payload: body });
      expect(res.statusCode, type).toBe(415);
      expect(errorOf(res).message).toMatch(/måste skickas som JSON/);
    }
    const out = await s.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { ...anna, 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(out.statusCode).toBe(415);
    expect(await s.store.summaries()).toEqual([]);
    const still = await s.app.inject({ method: 'GET', url: '/api/session', headers: anna });
    expect(JSON.parse(still.body).session.user.userId).toBe('user:anna');
  });

  it('keeps the routes that carry files and the public form working with JSON', async () => {
    const s = await memoryServer();
    const adam = await s.as('user:adam');
    const form = await s.app.inject({
      method: 'POST',
      url: '/api/offentlig/synpunkter',
      headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json; charset=utf-8' },
      payload: JSON.stringify({ idempotencyKey: randomUUID(), enhetId: 'enhet:solgarden', data: example('synpunkter-webb') }),
    });
    expect(form.statusCode, form.body).toBe(202);
    const backup = await s.app.inject({ method: 'GET', url: '/api/backup', headers: adam });
    expect(backup.statusCode, backup.body).toBe(200);
    const { sakerhetskopia } = JSON.parse(backup.body) as { sakerhetskopia: string };
    const restore = await s.app.inject({
      method: 'POST',
      url: '/api/backup/import',
      headers: adam,
      payload: { sakerhetskopia, nyckel: s.backupIdentity },
    });
    expect(restore.statusCode, restore.body).toBe(200);
  });
});

describe('the public form’s waiting list', () => {
  it('logs a read of every listed submission’s personal data, and lists only what her registering roles cover', async () => {
    const s = await memoryServer();
    const send = (enhetId: string) =>
      s.app.inject({
        method: 'POST',
        url: '/api/offentlig/synpunkter',
        headers: { [CLIENT_HEADER]: '1' },
        payload: { idempotencyKey: randomUUID(), enhetId, data: example('synpunkter-webb') },
      });
    expect((await send('enhet:solgarden')).statusCode).toBe(202);
    expect((await send('enhet:larkan')).statusCode).toBe(202);
    const list = async (userId: string) => {
      const res = await s.app.inject({ method: 'GET', url: '/api/inkomna', headers: await s.as(userId) });
      expect(res.statusCode).toBe(200);
      return JSON.parse(res.body) as { id: string; enhetId: string }[];
    };
    const eriks = await list('user:erik');
    expect(eriks.map((i) => i.enhetId)).toEqual(['enhet:solgarden']);
    expect((await list('user:anna')).length).toBe(0);
    expect((await list('user:lina')).map((i) => i.enhetId)).toEqual(['enhet:larkan']);
    expect((await list('user:sara')).length).toBe(2);
    const logged = async (id: string) => (await s.ctx.accessLog.search({ arende: `arende:${id}`, limit: 10 })).rows;
    expect(await logged(eriks[0]!.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: 'user:erik', role: 'enhetschef', kind: 'oppnat', detail: 'Inkommet via webbformuläret' }),
        expect.objectContaining({ userId: 'user:sara', role: 'sas', kind: 'oppnat' }),
      ]),
    );
    expect((await logged(eriks[0]!.id)).map((r) => r.userId)).not.toContain('user:anna');
    expect((await logged(eriks[0]!.id)).map((r) => r.userId)).not.toContain('user:lina');
  });
});

describe('bad input is a Swedish 4xx naming what is wrong, and nothing is stored', () => {
  it('refuses a NUL byte in a text, a search, an address and the public form', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const sara = await s.as('user:sara');
    const cases = [
      await s.app.inject({
        method: 'POST',
        url: '/api/arenden',
        headers: anna,
        payload: { processType: 'avvikelse', enhetId: 'enhet:solgarden', data: example('avvikelse-rapport-2', { handelse: 'a\u0000b' }) },
      }),
      await s.app.inject({ method: 'POST', url: '/api/arenden/list', headers: sara, payload: { query: { text: 'fall\u0000' } } }),
      await s.app.inject({ method: 'GET', url: '/api/arenden/%00', headers: sara }),
      await s.app.inject({ method: 'GET', url: '/api/arenden/x?utskrift=%00', headers: sara }),
      await s.app.inject({
        method: 'POST',
        url: '/api/offentlig/synpunkter',
        headers: { [CLIENT_HEADER]: '1' },
        payload: { idempotencyKey: randomUUID(), enhetId: 'enhet:solgarden', data: example('synpunkter-webb', { beskrivning: 'x\u0000' }) },
      }),
    ];
    expect(cases.map((r) => r.statusCode)).toEqual([400, 400, 400, 400, 400]);
    expect(errorOf(cases[0]!).message).toBe(
      'Fältet "handelse" innehåller ett nolltecken (U+0000) som inte kan sparas. Ta bort det och försök igen.',
    );
    expect(errorOf(cases[1]!).message).toMatch(/^Fältet "query.text" innehåller ett nolltecken/);
    expect(errorOf(cases[2]!).message).toMatch(/^Fältet "id"/);
    expect(errorOf(cases[4]!).message).toMatch(/^Fältet "beskrivning"/);
    expect(await s.store.summaries()).toEqual([]);
    expect(await s.ctx.intake!.pending(['enhet:solgarden'])).toEqual([]);
  });

  it('refuses a report period that is not one of the kinds, or a day that does not exist', async () => {
    const s = await memoryServer();
    const sara = await s.as('user:sara');
    const report = (period: Record<string, string>) =>
      s.app.inject({
        method: 'POST',
        url: '/api/reports/kvalitetsberattelse',
        headers: sara,
        payload: { period: { from: '2026-01-01', to: '2026-12-31', kind: 'year', label: '2026', ...period } },
      });
    const ar = await report({ kind: 'ar' });
    expect(ar.statusCode).toBe(400);
    expect(errorOf(ar).message).toMatch(/period\.kind/);
    const day = await report({ to: '2026-02-30' });
    expect(day.statusCode).toBe(400);
    expect(errorOf(day).message).toBe('Periodens datum "2026-02-30" finns inte. Ange ett riktigt datum (ÅÅÅÅ-MM-DD).');
    expect((await report({})).statusCode).toBe(200);
  });

  it('answers a forbidden static path or a broken address in Swedish, without logging an error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kf-static-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kvalitetsflöde</title>');
    const s = await memoryServer();
    const logged: string[] = [];
    const app = await buildApp(
      { ...s.ctx, staticRoot: root },
      { logger: { level: 'warn', stream: { write: (l: string) => logged.push(l) } } },
    );
    for (const url of ['/%00', '/..%5c..%5cwindows', '/%c0%ae%c0%ae/']) {
      const res = await app.inject({ method: 'GET', url });
      expect([400, 403, 404], url).toContain(res.statusCode);
      expect(errorOf(res).message, url).toMatch(/[åäö]|Adressen/);
    }
    expect((await app.inject({ method: 'GET', url: '/../etc/passwd' })).body).toContain('Kvalitetsflöde');
    expect(logged.filter((l) => /"level":50/.test(l))).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('invisible control characters and bidi overrides', () => {
  it('refuses them in every state-changing body and the public form, naming field and character; keeps tab, newline', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const rapport = (handelse: string) =>
      s.app.inject({
        method: 'POST',
        url: '/api/arenden',
        headers: anna,
        payload: { processType: 'avvikelse', enhetId: 'enhet:solgarden', data: example('avvikelse-rapport-2', { handelse }) },
      });
    const override = await rapport('Brukaren föll \u202egnirvösttab\u202c i badrummet.');
    expect(override.statusCode).toBe(400);
    expect(errorOf(override).message).toBe(
      'Fältet "handelse" innehåller ett osynligt styrtecken (U+202E) som kan vända texten. Ta bort det och försök igen.',
    );
    for (const char of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u0007',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u009b',
    ]) {
      const res = await rapport(`före${char}efter`);
      expect(res.statusCode, char.codePointAt(0)!.toString(16)).toBe(400);
      expect(errorOf(res).message).toMatch(/^Fältet "handelse" innehåller ett osynligt styrtecken \(U\+[0-9A-F]{4}\)/);
    }
    expect(await s.store.summaries()).toEqual([]);
    const form = await s.app.inject({
      method: 'POST',
      url: '/api/offentlig/synpunkter',
      headers: { [CLIENT_HEADER]: '1' },
      payload: {
        idempotencyKey: randomUUID(),
        enhetId: 'enhet:solgarden',
        data: example('synpunkter-webb', { beskrivning: 'bra\u2067 mat' }),
      },
    });
    expect(form.statusCode).toBe(400);
    expect(errorOf(form).message).toMatch(/^Fältet "beskrivning" innehåller ett osynligt styrtecken \(U\+2067\) som kan vända texten/);
    expect(await s.ctx.intake!.pending(['enhet:solgarden'])).toEqual([]);
    expect((await rapport('Rad ett\n\tRad två\r\nRad tre')).statusCode).toBe(201);
  });
});

describe('the print title in the access log, and the report’s word on the log check', () => {
  it('logs only a document some process prints; any other utskrift text is a Swedish 400 and nothing is logged', async () => {
    const s = await memoryServer();
    const anna = await s.as('user:anna');
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/arenden',
      headers: anna,
      payload: { processType: 'avvikelse', enhetId: 'enhet:solgarden', data: example('avvikelse-rapport-2') },
    });
    const id = (JSON.parse(created.body) as { summary: { arendeId: string } }).summary.arendeId;
    const sara = await s.as('user:sara');
    const title = [...s.engine.registry.catalog.packs.printDocuments.values()][0]!.title;
    const before = (await s.ctx.accessLog.search({ arende: id, limit: 50 })).rows.length;
    for (const utskrift of ['<script>alert(1)</script>', 'Anna Berg 19121212-1212', 'x'.repeat(100)]) {
      const res = await s.app.inject({ method: 'GET', url: `/api/arenden/${id}?utskrift=${encodeURIComponent(utskrift)}`, headers: sara });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).message).toBe('Adressens parameter "utskrift" är inget dokument som kan skrivas ut. Inget har loggats.');
    }
    const long = await s.app.inject({ method: 'GET', url: `/api/arenden/${id}?utskrift=${'x'.repeat(101)}`, headers: sara });
    expect(long.statusCode).toBe(400);
    expect((await s.ctx.accessLog.search({ arende: id, limit: 50 })).rows.length).toBe(before);
    const ok = await s.app.inject({ method: 'GET', url: `/api/arenden/${id}?utskrift=${encodeURIComponent(title)}`, headers: sara });
    expect(ok.statusCode).toBe(200);
    const rows = (await s.ctx.accessLog.search({ arende: id, limit: 50 })).rows;
    expect(rows[0]).toMatchObject({ kind: 'utskrift', detail: title, userId: 'user:sara' });
  });

  it('tells the report reader the outcome of the latest log check, without its problems', async () => {
    const s = await memoryServer();
    const sara = await s.as('user:sara');
    const ask = async () =>
      JSON.parse(
        (
          await s.app.inject({
            method: 'POST',
            url: '/api/reports/kvalitetsberattelse',
            headers: sara,
            payload: { period: { from: '2026-01-01', to: '2026-12-31', kind: 'year', label: '2026' } },
          })
        ).body,
      ) as { loggkontroll?: unknown };
    expect((await ask()).loggkontroll).toBeUndefined();
    s.ctx.integrity.latest = async () => ({
      checkedAt: '2026-03-13T07:00:00.000Z',
      ok: false,
      arenden: 3,
      events: 9,
      problems: [{ arendeId: 'arende:x', seq: 2, problem: 'hash' } as never],
    });
    expect((await ask()).loggkontroll).toEqual({ ok: false, checkedAt: '2026-03-13T07:00:00.000Z' });
  });
});
