import { describe, expect, it } from 'vitest';
import type { ArendeFacts } from '../../engine/internal';
import { reportFactsCache } from './reportFactsCache';

const fact = (arendeId: string, enhetId: string) => ({ arendeId, enhetId }) as unknown as ArendeFacts;

/** A store of facts that counts what the cache reads. */
function source(initial: ArendeFacts[]) {
  const stored = new Map(initial.map((f) => [f.arendeId, f]));
  const reads = { all: 0, some: [] as string[][] };
  return {
    stored,
    reads,
    all: async () => (reads.all++, [...stored.values()]),
    some: async (ids: readonly string[]) => (reads.some.push([...ids]), ids.flatMap((id) => (stored.has(id) ? [stored.get(id)!] : []))),
  };
}

describe('the report facts kept in memory', () => {
  it('reads everything once, then only the ärenden said to have changed, and everything again after "*"', async () => {
    const src = source([fact('a', 'e1'), fact('b', 'e1')]);
    const cache = reportFactsCache(src);
    expect((await cache.facts()).map((f) => f.arendeId)).toEqual(['a', 'b']);
    expect(await cache.facts()).toHaveLength(2);
    expect(src.reads).toEqual({ all: 1, some: [] });

    const v = cache.version();
    src.stored.set('b', fact('b', 'e2'));
    src.stored.set('c', fact('c', 'e1'));
    cache.changed(['b', 'c']);
    expect(cache.version()).toBeGreaterThan(v);
    expect((await cache.facts()).map((f) => `${f.arendeId}@${f.enhetId}`)).toEqual(['a@e1', 'b@e2', 'c@e1']);
    expect(src.reads).toEqual({ all: 1, some: [['b', 'c']] });

    src.stored.delete('a');
    cache.changed('*');
    expect((await cache.facts()).map((f) => f.arendeId)).toEqual(['b', 'c']);
    expect(src.reads.all).toBe(2);
  });

  it('reads everything when a changed ärende has no stored facts yet (the full load folds it) or a read failed', async () => {
    const src = source([fact('a', 'e1')]);
    const cache = reportFactsCache(src);
    await cache.facts();
    cache.changed(['x']);
    await cache.facts();
    expect(src.reads.all).toBe(2);

    const failing = reportFactsCache({ all: () => Promise.reject(new Error('borta')) });
    await expect(failing.facts()).rejects.toThrow('borta');
    await expect(failing.facts()).rejects.toThrow('borta');
  });
});
