import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demoOrganisation';
import type { Actor } from '../../src/engine/index';
import { memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { until } from '../support/until';
import { example } from '../support/world';

/** A browser's event stream: what it received, and whether the server ended it. */
function openStream(base: string, cookie: string | undefined) {
  const seen = { text: '', ended: false };
  const ready = new Promise<void>((resolve, reject) => {
    const req = get(`${base}/api/stream`, { headers: { cookie: cookie ?? '' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        seen.text += chunk;
        resolve();
      });
      res.on('end', () => (seen.ended = true));
      res.on('close', () => (seen.ended = true));
    });
    req.on('error', reject);
  });
  return { seen, ready, ids: () => [...seen.text.matchAll(/"arendeId":"([^"]+)"/g)].map((m) => m[1]) };
}

/** Issue 22, section 3, item 3: a stream lives as long as its session, and every message is checked against the roles now. */
describe('live streams end with their session and follow role changes', () => {
  let s: MemoryServer;
  let base: string;
  // Erik's roles can change under him: the directory reads this very object.
  const users: Actor[] = DEMO_USERS.map((u) => ({ ...u, roles: [...u.roles] }));
  const erik = users.find((u) => u.userId === 'user:erik')!;
  const report = async () =>
    (
      JSON.parse(
        await postAs(s, 'user:anna', '/api/arenden', {
          processType: 'avvikelse',
          enhetId: 'enhet:solgarden',
          data: example('avvikelse-rapport-2'),
        }),
      ) as { summary: { arendeId: string } }
    ).summary.arendeId;

  beforeAll(async () => {
    s = await memoryServer('2026-03-13T08:00:00.000Z', {}, users);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    s.ctx.live.closeAll();
    await s.app.close();
  });

  it('stops telling a person of ärenden her roles no longer reach', async () => {
    const stream = openStream(base, (await s.as('user:erik')).cookie);
    await stream.ready;
    const first = await report();
    await until('Erik hears of the first rapport', () => stream.ids().includes(first));
    erik.roles = [{ role: 'medarbetare', scope: { kind: 'enhet', id: 'enhet:larkan' } }];
    // What the organisation tables' NOTIFY does on every instance: the directory's generation moves.
    s.directoryChanged();
    const second = await report();
    await s.ctx.live.changed(second);
    expect(stream.ids()).toEqual([first]);
    expect(stream.seen.ended).toBe(false);
  });

  it('closes the stream at "Logga ut överallt" from another computer, and at sign-out', async () => {
    const here = (await s.as('user:sara')).cookie;
    const elsewhere = await s.as('user:sara');
    const stream = openStream(base, here);
    await stream.ready;
    const out = await s.app.inject({ method: 'DELETE', url: '/api/session?overallt=1', headers: elsewhere });
    expect(out.statusCode).toBe(200);
    await until('the stream of the other computer ends', () => stream.seen.ended);
    const other = openStream(base, (await s.as('user:sara')).cookie);
    await other.ready;
    await s.ctx.sessions.destroyAllFor('user:sara');
    // Signed out by another instance (its sessions' NOTIFY, here the store's own signal): the stream closes, nothing is delivered.
    await until('the stream of a session ended elsewhere closes', () => other.seen.ended);
    const id = await report();
    await until('the stream of a session ended elsewhere closes', () => other.seen.ended);
    expect(other.ids()).not.toContain(id);
  });

  it('closes the stream when its session expires, delivering nothing after', async () => {
    const stream = openStream(base, (await s.as('user:sara')).cookie);
    await stream.ready;
    s.clock.advance(31 * 60_000);
    const id = await report();
    await until('the expired session’s stream closes', () => stream.seen.ended);
    expect(stream.ids()).not.toContain(id);
    // The heartbeat's re-check closes an idle stream without any message.
    const idle = openStream(base, (await s.as('user:sara')).cookie);
    await idle.ready;
    s.clock.advance(31 * 60_000);
    await s.ctx.live.recheck();
    await until('the idle expired stream closes', () => idle.seen.ended);
  });
});
