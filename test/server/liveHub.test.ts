import type { ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { LiveHub } from '../../src/server/live/LiveHub';
import type { LiveGrant } from '../../src/server/live/LiveHub';
import type { ScopedRow } from '../../src/engine/index';

const LATER = '2026-03-13T18:00:00.000Z';

/** A listener whose person reads the given enheter while `session.open`; counts how often her access was resolved. */
function listener(userId: string, enheter: string[], session = { open: true, until: LATER }) {
  const written: string[] = [];
  const state = { ended: false, resolved: 0, fail: false, gate: Promise.resolve() };
  const res = { write: (s: string) => written.push(s), end: () => (state.ended = true) } as unknown as ServerResponse;
  const resolve = async (): Promise<LiveGrant | undefined> => {
    state.resolved += 1;
    const now = [...enheter];
    await state.gate;
    if (state.fail) throw new Error('database away');
    return session.open ? { may: (row) => now.includes(row.enhetId), until: session.until } : undefined;
  };
  return { written, state, enheter, session, l: { userId, resolve, res } };
}

const message = (arendeId: string) => `event: arende\ndata: {"arendeId":"${arendeId}"}\n\n`;

describe('LiveHub', () => {
  const rows: Record<string, ScopedRow> = { a1: { enhetId: 'e1', openedBy: 'u1', processType: 'avvikelse' } };
  const clock = { now: '2026-03-13T08:00:00.000Z' };
  let generation = 0;
  const hubOf = () =>
    new LiveHub(async (ids) => ids.flatMap((id) => (rows[id] ? [{ ...rows[id], arendeId: id }] : [])), {
      now: () => clock.now,
      directoryGeneration: () => generation,
    });

  it('tells only those who may read the ärende, with its id only', async () => {
    const hub = hubOf();
    const mine = listener('u1', ['e1']);
    const other = listener('u2', ['e2']);
    hub.add(mine.l);
    hub.add(other.l);
    await hub.changed('a1');
    await hub.changed('okand');
    hub.closeAll();
    expect(mine.written).toEqual([message('a1')]);
    expect(other.written).toEqual([]);
  });

  it('asks every listener to refresh on * (an import, or notifications that may have been missed)', async () => {
    const hub = hubOf();
    const a = listener('u1', ['e1']);
    const b = listener('u2', []);
    hub.add(a.l);
    hub.add(b.l);
    await hub.changed('*');
    hub.closeAll();
    for (const x of [a, b]) expect(x.written).toEqual([message('*')]);
  });

  it('sends changes that arrive together in one read of their rows and one write per listener', async () => {
    const reads: string[][] = [];
    const both: Record<string, ScopedRow> = { ...rows, a2: { enhetId: 'e2', openedBy: 'u9', processType: 'avvikelse' } };
    const hub = new LiveHub(async (ids) => (reads.push(ids), ids.map((id) => ({ ...both[id]!, arendeId: id }))), {
      now: () => clock.now,
    });
    const one = listener('u1', ['e1']);
    const two = listener('u2', ['e1', 'e2']);
    hub.add(one.l);
    hub.add(two.l);
    await Promise.all([hub.changed('a1'), hub.changed('a2'), hub.changed('a1')]);
    hub.closeAll();
    expect(reads).toEqual([['a1', 'a2']]);
    expect(one.written).toEqual([message('a1')]);
    expect(two.written).toEqual([message('a1') + message('a2')]);
  });

  it('resolves a stream’s access once, not for every message, while nothing that could change it happened', async () => {
    const hub = hubOf();
    const mine = listener('u1', ['e1']);
    hub.add(mine.l);
    for (let i = 0; i < 5; i++) await hub.changed('a1');
    hub.closeAll();
    expect(mine.written).toHaveLength(5);
    expect(mine.state.resolved).toBe(1);
  });

  it('resolves again after the directory changed: a removed role stops the messages at once', async () => {
    const hub = hubOf();
    const mine = listener('u1', ['e1']);
    hub.add(mine.l);
    await hub.changed('a1');
    mine.enheter.splice(0);
    generation += 1;
    await hub.changed('a1');
    hub.closeAll();
    expect(mine.written).toEqual([message('a1')]);
    expect(mine.state.resolved).toBe(2);
  });

  it('resolves again once the session’s end has passed, and closes the stream of a session that has ended', async () => {
    const hub = hubOf();
    const mine = listener('u1', ['e1'], { open: true, until: '2026-03-13T08:30:00.000Z' });
    hub.add(mine.l);
    await hub.changed('a1');
    mine.session.open = false;
    await hub.changed('a1');
    expect(mine.state.ended).toBe(false);
    clock.now = '2026-03-13T08:30:00.000Z';
    await hub.changed('a1');
    expect(mine.written).toEqual([message('a1'), message('a1')]);
    expect(mine.state.ended).toBe(true);
    expect(hub.size).toBe(0);
    clock.now = '2026-03-13T08:00:00.000Z';
  });

  it('closes only the signed-out person’s streams on her re-check, and delivers nothing to them after', async () => {
    const hub = hubOf();
    const out = listener('u1', ['e1']);
    const stays = listener('u2', ['e1']);
    hub.add(out.l);
    hub.add(stays.l);
    await hub.changed('a1');
    out.session.open = false;
    await hub.recheck('u1');
    await hub.changed('a1');
    hub.closeAll();
    expect(out.state.ended).toBe(true);
    expect(out.written).toEqual([message('a1')]);
    expect(stays.written).toEqual([message('a1'), message('a1')]);
  });

  it('does not keep an access resolved before a sign-out that came while it was resolving', async () => {
    const hub = hubOf();
    const mine = listener('u1', ['e1']);
    hub.add(mine.l); // its first resolution is under way
    mine.session.open = false;
    await hub.recheck('u1');
    await hub.changed('a1');
    expect(mine.written).toEqual([]);
    expect(mine.state.ended).toBe(true);
  });

  it('does not judge a message after a role change by a resolution begun before it', async () => {
    const hub = hubOf();
    const mine = listener('u1', ['e1']);
    let open = () => undefined as void;
    mine.state.gate = new Promise((r) => (open = r));
    hub.add(mine.l); // resolving with e1, slowly
    mine.enheter.splice(0);
    generation += 1;
    mine.state.gate = Promise.resolve();
    const told = hub.changed('a1');
    open();
    await told;
    hub.closeAll();
    expect(mine.written).toEqual([]);
    expect(mine.state.resolved).toBe(2);
  });

  it('resolves everyone again at the heartbeat, closing ended sessions, while messages go by the access held', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const hub = hubOf();
      const mine = listener('u1', ['e1']);
      const out = listener('u2', ['e1']);
      hub.add(mine.l);
      hub.add(out.l);
      await hub.changed('a1');
      out.session.open = false;
      let open = () => undefined as void;
      mine.state.gate = new Promise((r) => (open = r));
      vi.advanceTimersByTime(25_000);
      await hub.changed('a1');
      expect(out.state.ended).toBe(true);
      expect(mine.written).toEqual([message('a1'), ': puls\n\n', message('a1')]);
      expect(out.written).toEqual([message('a1'), ': puls\n\n']);
      open();
      hub.closeAll();
      expect(mine.state.resolved).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('delivers nothing when the check fails, keeps the stream, and checks again at the next message', async () => {
    const hub = hubOf();
    const mine = listener('u1', ['e1']);
    mine.state.fail = true;
    hub.add(mine.l);
    await hub.changed('a1');
    expect(mine.written).toEqual([]);
    mine.state.fail = false;
    await hub.changed('a1');
    expect(mine.state.ended).toBe(false);
    hub.closeAll();
    expect(mine.written).toEqual([message('a1')]);
  });
});
