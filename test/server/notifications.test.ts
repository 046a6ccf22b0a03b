import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPreferenceAnswer, NotificationsAnswer } from '../../src/api/contract';
import { readConfig } from '../../src/server/config';
import { startServer } from '../../src/server/startServer';
import type { RunningServer } from '../../src/server/startServer';
import { asSuperuser, createTestDatabase } from '../postgres/testDatabase';
import { demoSession } from '../support/serverProcess';
import { mailingServerEnv, smtpSink } from '../support/smtpSink';
import { until } from '../support/until';
import type { ReceivedMail } from '../support/smtpSink';
import { example } from '../support/world';

/** Two server instances on one real PostgreSQL, sending through a real SMTP server on localhost. */
describe('notifications: recorded once, mailed once, no case content', () => {
  const keyDir = mkdtempSync(join(tmpdir(), 'kf-avisering-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  const running: RunningServer[] = [];

  const start = async () => {
    const env = {
      ...mailingServerEnv(database.url, join(keyDir, 'nyckel.pem'), sink.url),
      KF_MAIL_RETRY_SECONDS: '0.1',
      // Summaries from midnight Stockholm, so the test does not depend on the hour it runs.
      KF_MAIL_DIGEST_TIME: '00:00',
    };
    const s = await startServer(readConfig(env), { logger: false });
    running.push(s);
    return s;
  };
  const stop = async (s: RunningServer) => {
    await s.close();
    running.splice(running.indexOf(s), 1);
  };
  const sql = <T>(text: string, params: unknown[] = []) =>
    asSuperuser(database.url, async (c) => (await c.query(text, params)).rows as T[]);
  const report = async (url: string, headers: Record<string, string>, handelse: string) => {
    const res = await fetch(`${url}/api/arenden`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ processType: 'lex-sarah', enhetId: 'enhet:solgarden', data: example('lex-sarah-rapport-2', { handelse }) }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { summary: { arendeId: string } }).summary.arendeId;
  };
  const toErik = (m: ReceivedMail) => m.to.includes('erik.holm@storstad.example');

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = await smtpSink();
  });
  afterAll(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()));
    await sink?.close();
    await database?.drop();
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('tells the enhetschef of a new lex Sarah rapport in the app and by one e-mail that carries no case content', async () => {
    const a = await start();
    const b = await start();
    const anna = await demoSession(a.url, 'user:anna');
    const id = await report(a.url, anna, 'Brukaren Gustav föll i korridoren på Solgården');
    await until('ett mejl till Erik', () => sink.mails.some(toErik));

    const erik = await demoSession(b.url, 'user:erik');
    const list = (await (await fetch(`${b.url}/api/notifications`, { headers: erik })).json()) as NotificationsAnswer;
    const mine = list.items.filter((n) => n.arendeId === id);
    expect(mine.map((n) => n.kind)).toEqual(['steg']);
    expect(list.unread).toBeGreaterThanOrEqual(1);
    // Anna reported; the step is not hers. Nobody reads another's list.
    const annas = (await (await fetch(`${a.url}/api/notifications`, { headers: anna })).json()) as NotificationsAnswer;
    expect(annas.items.filter((n) => n.arendeId === id)).toEqual([]);
    const refused = await fetch(`${a.url}/api/notifications/read`, {
      method: 'POST',
      headers: anna,
      body: JSON.stringify({ ids: [mine[0]!.id] }),
    });
    expect(refused.status).toBe(200);
    expect(
      ((await (await fetch(`${b.url}/api/notifications`, { headers: erik })).json()) as NotificationsAnswer).items.find(
        (n) => n.id === mine[0]!.id,
      )!.readAt,
    ).toBeNull();

    const mail = sink.mails.find(toErik)!;
    expect(mail.body).toMatch(
      new RegExp(
        '^Du har en uppgift i Kvalitetsflöde: Omedelbara åtgärder, senast \\d{4}-\\d{2}-\\d{2}\\.\\n\\n' +
          'https://kvalitet\\.storstad\\.example/#/aviseringar\\n$',
      ),
    );
    for (const secret of ['Gustav', 'korridoren', 'Solgården', 'Anna', 'lex Sarah', 'Lex Sarah', id, id.replace(/^arende:/, '')])
      expect(mail.raw).not.toContain(secret);

    // Marked read by its owner.
    const read = await fetch(`${b.url}/api/notifications/read`, {
      method: 'POST',
      headers: erik,
      body: JSON.stringify({ ids: [mine[0]!.id] }),
    });
    expect(read.status).toBe(200);
    const after = (await (await fetch(`${a.url}/api/notifications`, { headers: erik })).json()) as NotificationsAnswer;
    expect(after.items.find((n) => n.id === mine[0]!.id)!.readAt).not.toBeNull();
    expect(after.unread).toBe(list.unread - 1);
  });

  it('sends one mail per notification with two instances committing, sweeping and draining at once', async () => {
    const [a, b] = running as [RunningServer, RunningServer];
    const before = sink.mails.length;
    const anna = await demoSession(a.url, 'user:anna');
    const annaB = await demoSession(b.url, 'user:anna');
    await Promise.all(Array.from({ length: 8 }, (_, i) => report(i % 2 ? b.url : a.url, i % 2 ? annaB : anna, `Händelse ${i}`)));
    await Promise.all([
      a.context.notifier.sweep({ force: true }),
      b.context.notifier.sweep({ force: true }),
      a.context.notifier.sweep({ force: true }),
    ]);
    await Promise.all([a.context.notifier.drain(), b.context.notifier.drain()]);
    const direct = () => sql<{ n: number }>("select count(*)::int as n from notifications where mail = 'direkt'");
    await until('alla mejl', async () => sink.mails.length === (await direct())[0]!.n);
    await new Promise((r) => setTimeout(r, 500));
    const [{ n }] = (await direct()) as [{ n: number }];
    expect(sink.mails.length).toBe(n);
    expect(sink.mails.length - before).toBeGreaterThanOrEqual(8);
    expect(new Set(sink.mails.map((m) => m.messageId)).size).toBe(sink.mails.length);
    expect(
      await sql(
        'select n.id, n.recipient_id, n.kind, j.key, j.outcome, j.done_at from notifications n left join mail_jobs j on n.id = ' +
          "any(j.notification_ids) where n.emailed_at is null and n.mail = 'direkt'",
      ),
    ).toEqual([]);
  });

  it('retries with back-off while the SMTP server is down, keeps the mail over a restart and sends it once', async () => {
    const [a, b] = running as [RunningServer, RunningServer];
    const before = sink.mails.length;
    sink.setDown(true);
    const id = await report(a.url, await demoSession(a.url, 'user:anna'), 'Händelse när e-posten var nere');
    await until(
      'flera misslyckade försök',
      async () => ((await sql<{ attempts: number }>('select attempts from mail_jobs where done_at is null'))[0]?.attempts ?? 0) >= 2,
    );
    const [job] = await sql<{ last_error: string; run_at: Date; attempts: number }>(
      'select last_error, run_at, attempts from mail_jobs where done_at is null',
    );
    expect(job!.last_error).not.toMatch(/storstad|erik/i);
    expect(sink.mails.length).toBe(before);
    // Both instances stop with the mail unsent; a new one takes over once SMTP is back.
    await stop(a);
    await stop(b);
    sink.setDown(false);
    const c = await start();
    await until('mejlet efter omstarten', () => sink.mails.length > before);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.mails.length).toBe(before + 1);
    const [done] = await sql<{ outcome: string; attempts: number }>('select outcome, attempts from mail_jobs where key like $1', [
      `n:${id}|%`,
    ]);
    expect(done).toMatchObject({ outcome: 'sent' });
    expect(done!.attempts).toBeGreaterThanOrEqual(3);

    // Nothing goes out twice after a restart: the same facts are swept again, and nothing is new.
    const sent = sink.mails.length;
    const count = await sql<{ n: number }>('select count(*)::int as n from notifications');
    await stop(c);
    const d = await start();
    expect(await d.context.notifier.sweep({ force: true })).toBe(0);
    await d.context.notifier.drain();
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.mails.length).toBe(sent);
    expect(await sql('select count(*)::int as n from notifications')).toEqual(count);
  });

  it('keeps in-app notifications but sends no e-mail when the person turns e-mail off, and one summary a day when chosen', async () => {
    const s = running[0]!;
    const erik = await demoSession(s.url, 'user:erik');
    const put = async (email: string) =>
      (await (
        await fetch(`${s.url}/api/notifications/preference`, { method: 'PUT', headers: erik, body: JSON.stringify({ email }) })
      ).json()) as NotificationPreferenceAnswer;
    expect(await put('av')).toEqual({ email: 'av', mailEnabled: true });
    const before = sink.mails.length;
    const id = await report(s.url, await demoSession(s.url, 'user:anna'), 'Utan e-post');
    await until('aviseringen i appen', async () =>
      ((await (await fetch(`${s.url}/api/notifications`, { headers: erik })).json()) as NotificationsAnswer).items.some(
        (n) => n.arendeId === id,
      ),
    );
    await s.context.notifier.drain();
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.mails.length).toBe(before);

    expect((await put('sammanfattning')).email).toBe('sammanfattning');
    await report(s.url, await demoSession(s.url, 'user:anna'), 'Till sammanfattningen 1');
    await report(s.url, await demoSession(s.url, 'user:anna'), 'Till sammanfattningen 2');
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.mails.length).toBe(before);
    // A sweep after the digest time queues one summary for the day; another sweep the same day none.
    await s.context.notifier.sweep({ force: true });
    await until('sammanfattningen', () => sink.mails.length > before);
    await s.context.notifier.sweep({ force: true });
    await s.context.notifier.drain();
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.mails.length).toBe(before + 1);
    expect(sink.mails.at(-1)!.body).toMatch(
      new RegExp(
        '^Du har 2 uppgifter i Kvalitetsflöde:\\n' +
          '- Omedelbara åtgärder, senast \\d{4}-\\d{2}-\\d{2}\\n- Omedelbara åtgärder, senast \\d{4}-\\d{2}-\\d{2}\\n\\nhttps:',
      ),
    );
    expect(sink.mails.at(-1)!.raw).not.toContain('sammanfattningen');
    const bad = await fetch(`${s.url}/api/notifications/preference`, {
      method: 'PUT',
      headers: erik,
      body: JSON.stringify({ email: 'ibland' }),
    });
    expect(bad.status).toBe(400);
  });
});
