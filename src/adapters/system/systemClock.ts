import type { Clock } from '../../engine/internal';

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** A clock that only moves when told to: for tests, demos and benchmarks. */
export function fixedClock(start: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t).toISOString(),
    advance: (ms) => {
      t += ms;
    },
    set: (iso) => {
      t = new Date(iso).getTime();
    },
  };
}
