import type { ArendeFacts } from '../../engine/internal';

/** Where the cache reads from: every ärende's facts (missing ones folded), and, where the store can, a few by id. */
export interface FactsSource {
  all(): Promise<readonly ArendeFacts[]>;
  /** The stored facts of these ärenden; an id without a row is left out (the next full load folds it). */
  some?(ids: readonly string[]): Promise<readonly ArendeFacts[]>;
}

/**
 * Every ärende's report facts, held in memory by this instance: read whole once, then only the ärenden said to have
 * changed (a commit here, a NOTIFY from another instance). `'*'` (a lost LISTEN, an import) reads everything again.
 */
export interface ReportFactsCache {
  facts(): Promise<readonly ArendeFacts[]>;
  /** Grows with every change that reached the cache: a report computed at one version holds until the next. */
  version(): number;
  changed(ids: readonly string[] | '*'): void;
}

export function reportFactsCache(source: FactsSource): ReportFactsCache {
  let list: ArendeFacts[] = [];
  const index = new Map<string, number>();
  let whole = true;
  let dirty = new Set<string>();
  let version = 0;
  let running: Promise<readonly ArendeFacts[]> | undefined;

  function put(f: ArendeFacts): void {
    const at = index.get(f.arendeId);
    if (at === undefined) {
      index.set(f.arendeId, list.length);
      list.push(f);
    } else list[at] = f;
  }

  async function refresh(): Promise<readonly ArendeFacts[]> {
    // Taken before reading: a change that lands while we read stays marked for the next report.
    const reload = whole || !source.some;
    const ids = [...dirty];
    whole = false;
    dirty = new Set();
    try {
      if (reload) {
        const all = await source.all();
        list = [];
        index.clear();
        for (const f of all) put(f);
        return list;
      }
      const got = await source.some!(ids);
      for (const f of got) put(f);
      // An ärende with no stored facts yet: the full load folds it from its events.
      const found = new Set(got.map((f) => f.arendeId));
      if (ids.some((id) => !found.has(id))) return await refreshAll();
      return list;
    } catch (e) {
      whole = true;
      throw e;
    }
  }

  async function refreshAll(): Promise<readonly ArendeFacts[]> {
    whole = true;
    return refresh();
  }

  return {
    async facts() {
      while (running) await running.catch(() => undefined);
      if (!whole && dirty.size === 0) return list;
      running = refresh().finally(() => (running = undefined));
      return running;
    },
    version: () => version,
    changed(ids) {
      version++;
      if (ids === '*') whole = true;
      else for (const id of ids) dirty.add(id);
    },
  };
}
