import type { IntakeItem, PublicIntake } from './PublicIntake';

/** The in-memory twin of the PostgreSQL intake (API tests without a database). */
export function memoryPublicIntake(): PublicIntake {
  const items = new Map<string, IntakeItem>();
  return {
    async receive(item) {
      items.set(item.id, structuredClone(item));
    },
    async pending(enhetIds) {
      return [...items.values()].filter((i) => !i.registered && enhetIds.includes(i.enhetId)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
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
