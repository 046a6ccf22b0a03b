import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { LiveHub } from '../../src/server/live/LiveHub';
import type { ScopedRow } from '../../src/engine/index';

function listener(userId: string, enheter: string[]) {
  const written: string[] = [];
  const res = { write: (s: string) => written.push(s), end: () => undefined } as unknown as ServerResponse;
  return { written, l: { userId, access: async () => (row: { enhetId: string }) => enheter.includes(row.enhetId), res } };
}

describe('LiveHub', () => {
  const rows: Record<string, ScopedRow> = { a1: { enhetId: 'e1', openedBy: 'u1', processType: 'avvikelse' } };

  it('tells only those who may read the ärende, with its id only', async () => {
    const hub = new LiveHub(async (id) => rows[id]);
    const mine = listener('u1', ['e1']);
    const other = listener('u2', ['e2']);
    hub.add(mine.l);
    hub.add(other.l);
    await hub.changed('a1');
    await hub.changed('okand');
    hub.closeAll();
    expect(mine.written).toEqual(['event: arende\ndata: {"arendeId":"a1"}\n\n']);
    expect(other.written).toEqual([]);
  });

  it('asks every listener to refresh on * (an import, or notifications that may have been missed)', async () => {
    const hub = new LiveHub(async (id) => rows[id]);
    const a = listener('u1', ['e1']);
    const b = listener('u2', []);
    hub.add(a.l);
    hub.add(b.l);
    await hub.changed('*');
    hub.closeAll();
    for (const x of [a, b]) expect(x.written).toEqual(['event: arende\ndata: {"arendeId":"*"}\n\n']);
  });
});
