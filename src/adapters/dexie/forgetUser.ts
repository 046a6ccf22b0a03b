import type { KvalitetsDb } from './KvalitetsDb';

/**
 * What one person left in this browser – half-filled forms and cached lists – is removed at sign-out
 * and when the session ends, so the next person at a shared computer finds nothing of it. Rapporter
 * still waiting in the outbox stay: they are records not yet sent, and go when the person signs in again.
 */
export async function forgetUser(db: KvalitetsDb, userId: string): Promise<void> {
  await db.transaction('rw', db.drafts, db.cache, async () => {
    await db.cache.where('userId').equals(userId).delete();
    await db.drafts.where('userId').equals(userId).delete();
    // Drafts from before drafts carried their owner: their key names the person.
    await db.drafts.filter((d) => d.userId === undefined && (d.key.endsWith(`:${userId}`) || d.key.startsWith(`ny:${userId}:`))).delete();
  });
}
