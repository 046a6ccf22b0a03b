/**
 * Work that arrives while a run is in flight waits and goes in the next run, all of it at once (the newest value per
 * key): one statement for the commits that land meanwhile, not one each. `run` handles its own failures.
 */
export function coalesced<V>(run: (batch: ReadonlyMap<string, V>) => Promise<void>) {
  const waiting = new Map<string, V>();
  let running: Promise<void> | undefined;
  const drain = async (): Promise<void> => {
    try {
      while (waiting.size > 0) {
        const batch = new Map(waiting);
        waiting.clear();
        await run(batch);
      }
    } finally {
      running = undefined;
    }
  };
  return {
    /** Adds to the next run; returns the run it started, or undefined when one already runs and will take these too. */
    add(entries: Iterable<readonly [string, V]>): Promise<void> | undefined {
      for (const [key, value] of entries) waiting.set(key, value);
      if (running) return undefined;
      return (running = drain());
    },
    /** Resolves when nothing waits or runs (for shutdown and tests). */
    async settled(): Promise<void> {
      while (running) await running;
    },
  };
}
