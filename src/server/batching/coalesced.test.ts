import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesced';

describe('work coalesced while a run is in flight', () => {
  it('runs at once, then takes everything that arrived meanwhile in one run, the newest value per key', async () => {
    const runs: [string, number][][] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const work = coalesced<number>(async (batch) => {
      runs.push([...batch]);
      if (runs.length === 1) await gate;
    });
    const first = work.add([['a', 1]]);
    expect(first).toBeInstanceOf(Promise);
    expect(work.add([['b', 1]])).toBeUndefined();
    expect(
      work.add([
        ['b', 2],
        ['c', 1],
      ]),
    ).toBeUndefined();
    release();
    await work.settled();
    expect(runs).toEqual([
      [['a', 1]],
      [
        ['b', 2],
        ['c', 1],
      ],
    ]);
    // Idle again: the next addition starts a run of its own.
    expect(work.add([['d', 1]])).toBeInstanceOf(Promise);
    await work.settled();
    expect(runs.at(-1)).toEqual([['d', 1]]);
  });
});
