import type { IdGenerator } from '../../engine/internal';

/** Random ids (crypto.randomUUID), prefixed with their type. */
export const randomIds: IdGenerator = { next: (prefix) => `${prefix}:${crypto.randomUUID()}` };

/** Deterministic ids for tests and benchmarks. */
export function sequentialIds(seed = ''): IdGenerator {
  let n = 0;
  return { next: (prefix) => `${prefix}:${seed}${(++n).toString(36).padStart(6, '0')}` };
}
