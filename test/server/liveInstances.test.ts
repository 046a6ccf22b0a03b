import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser, createTestDatabase } from '../postgres/testDatabase';
import { demoSession, spawnServer } from '../support/serverProcess';
import type { ServerProcess } from '../support/serverProcess';
import { until } from '../support/until';
import { example } from '../support/world';

type Headers = Record<string, string>;

/** A browser's event stream on one instance: the ärende ids it was told of, and whether the server ended it. */
async function openStream(url: string, headers: Headers) {
  const seen = { text: '', ended: false };
  const stop = new AbortController();
  const res = await fetch(`${url}/api/stream`, { headers, signal: stop.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return void (seen.ended = true);
      seen.text += decoder.decode(value, { stream: true });
    }
  })();
  return { seen, stop: () => stop.abort(), ids: () => [...seen.text.matchAll(/"arendeId":"([^"]+)"/g)].map((m) => m[1]) };
}

async function report(url: string, headers: Headers, enhetId: string): Promise<string> {
  const body = JSON.stringify({ processType: 'avvikelse', enhetId, data: example('avvikelse-rapport-2') });
  const res = await fetch(`${url}/api/arenden`, { method: 'POST', headers, body });
  expect(res.status).toBe(201);
  return ((await res.json()) as { summary: { arendeId: string } }).summary.arendeId;
}

/** Issue 24: a stream keeps its access between messages; what another instance or the database changes still reaches it. */
describe('live streams hear of ended sessions and role changes from another instance', () => {
  const keyDir = mkdtempSync(join(tmpdir(), 'kf-nyckel-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  const streams: (() => void)[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, KF_DEMO: '1', KF_DEMO_ARENDEN: '0', KF_SIGNING_KEY_FILE: join(keyDir, 'nyckel.pem') };
    a = await spawnServer(env);
    b = await spawnServer(env);
  });
  afterAll(async () => {
    for (const stop of streams) stop();
    await Promise.all([a?.kill('SIGKILL'), b?.kill('SIGKILL')]);
    await database?.drop();
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('closes the stream on one instance at "Logga ut överallt" on the other', async () => {
    const stream = await openStream(a.url, await demoSession(a.url, 'user:sara'));
    streams.push(stream.stop);
    const { ['content-type']: _json, ...elsewhere } = await demoSession(b.url, 'user:sara');
    const out = await fetch(`${b.url}/api/session?overallt=1`, { method: 'DELETE', headers: elsewhere });
    expect(out.status).toBe(200);
    // Committed after the sign-out: instance A hears the session's end first and tells the stream nothing more.
    const id = await report(b.url, await demoSession(b.url, 'user:anna'), 'enhet:solgarden');
    await until('the stream on the other instance ends', () => stream.seen.ended);
    expect(stream.ids()).not.toContain(id);
  });

  it('stops telling a person of an enhet whose role was removed in the database, from the next message on', async () => {
    const erik = await openStream(a.url, await demoSession(a.url, 'user:erik'));
    streams.push(erik.stop);
    const anna = await demoSession(b.url, 'user:anna');
    const first = await report(b.url, anna, 'enhet:solgarden');
    await until('Erik hears of the first rapport', () => erik.ids().includes(first));
    await asSuperuser(database.url, (c) =>
      c.query("delete from role_assignments where user_id = 'user:erik' and scope_id = 'enhet:solgarden'"),
    );
    const second = await report(b.url, anna, 'enhet:solgarden');
    // A rapport he may still read, after it: his stream's messages keep their order, so the second was judged before.
    const third = await report(b.url, await demoSession(b.url, 'user:erik'), 'enhet:hemtjanst-norr');
    await until('Erik hears of the rapport at the enhet he still leads', () => erik.ids().includes(third));
    expect(erik.ids()).not.toContain(second);
    expect(erik.ids()).toEqual([first, third]);
    expect(erik.seen.ended).toBe(false);
  });
});
