import type { ArendeState } from '../runtime/ArendeState';

/** Told the ärenden a commit wrote (the ärende itself and any it linked), after the write is durable, with their new states. */
export type CommittedListener = (arendeIds: readonly string[], states: readonly ArendeState[]) => void;

/**
 * The engine's one "committed" effect: the notifier and the LISTEN/NOTIFY fan-out subscribe here instead of
 * hooking into a store. A listener that throws is left out of that call; the commit it heard of stands.
 */
export function createCommitted() {
  const listeners = new Set<CommittedListener>();
  return {
    subscribe(listener: CommittedListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(arendeIds: readonly string[], states: readonly ArendeState[] = []): void {
      const ids = [...new Set(arendeIds)];
      for (const listener of [...listeners]) {
        try {
          listener(ids, states);
        } catch {
          // A subscriber's failure is its own (it logs or retries); the events are already stored.
        }
      }
    },
  };
}
