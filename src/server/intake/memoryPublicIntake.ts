import type { IntakeItem, PublicIntake } from './PublicIntake';

/** The in-memory twin of the PostgreSQL intake (API tests without a database). */
export function memoryPublicIntake(): PublicIntake {
  const items = new Map<string, IntakeItem>();
  const sameKey = (key: string | undefined) => (key === undefined ? undefined : [...items.values()].find((i) => i.idempotencyKey === key));
  return {
    async receive(item) {
      const same = sameKey(item.idempotencyKey);
      if (same) return structuredClone(same);
      items.set(item.id, structuredClone(item));
      return undefined;
    },
    async pending(enhetIds) {
      return [...items.values()]
        .filter((i) => !i.registered && enhetIds.includes(i.enhetId))
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },
    async allPending() {
      return [...items.values()].filter((i) => !i.registered).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },
    async restore(restored) {
      let added = 0;
      for (const item of restored)
        if (!items.has(item.id) && !sameKey(item.idempotencyKey)) {
          items.set(item.id, structuredClone(item));
          added++;
        }
      return added;
    },
    async get(id) {
      return items.get(id);
    },
    async markRegistered(id, arendeId, userId, at) {
      const item = items.get(id);
      if (!item || item.registered) return false;
      item.registered = { arendeId, userId, at };
      return true;
    },
  };
}
