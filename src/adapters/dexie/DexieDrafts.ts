import type { KvalitetsDb } from './KvalitetsDb';

/** Half-filled forms, kept in IndexedDB so they survive a reload or a closed tab. */
export function dexieDrafts(db: KvalitetsDb, now: () => string) {
  return {
    async load(key: string): Promise<unknown> {
      return (await db.drafts.get(key))?.data;
    },
    async save(key: string, data: unknown): Promise<void> {
      await db.drafts.put({ key, data, savedAt: now() });
    },
    async clear(key: string): Promise<void> {
      await db.drafts.delete(key);
    },
  };
}
