import type { OpenDb } from './KvalitetsDb';

/** Half-filled forms, kept in IndexedDB so they survive a reload, a closed tab or a schema upgrade. */
export function dexieDrafts(db: OpenDb, now: () => string, owner: () => string | undefined) {
  const open = new Set<() => Promise<void>>();
  return {
    async load(key: string): Promise<unknown> {
      return (await (await db()).drafts.get(key))?.data;
    },
    async save(key: string, data: unknown): Promise<void> {
      const userId = owner();
      // After sign-out (a form flushing as it closes) nothing is written for nobody to own.
      if (!userId) return;
      await (await db()).drafts.put({ key, data, savedAt: now(), userId });
    },
    async clear(key: string): Promise<void> {
      await (await db()).drafts.delete(key);
    },
    track(flush: () => Promise<void>): () => void {
      open.add(flush);
      return () => open.delete(flush);
    },
    /** Saves what every open form holds but has not yet written: called before the database closes. */
    async flushAll(): Promise<void> {
      await Promise.allSettled([...open].map((f) => f()));
    },
  };
}
