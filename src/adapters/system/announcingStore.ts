import type { AppendBatch, EventStore } from '../../engine/internal';

/** Wraps a store so every successful write tells other tabs which ärenden changed. */
export function announcingStore(store: EventStore, announce: (arendeIds: string[]) => void): EventStore {
  const ids = (batch: { events: readonly { arendeId: string }[] }) => [...new Set(batch.events.map((e) => e.arendeId))];
  return {
    append: async (batch: AppendBatch) => {
      await store.append(batch);
      announce(ids(batch));
    },
    importAll: async (data) => {
      await store.importAll(data);
      announce(ids(data));
    },
    eventsOf: (id) => store.eventsOf(id),
    readArende: (id, from) => store.readArende(id, from),
    page: (query) => store.page(query),
    count: (query) => store.count(query),
    allEvents: () => store.allEvents(),
    summary: (id) => store.summary(id),
    summaries: (query) => store.summaries(query),
    reportFacts: () => store.reportFacts(),
    putFacts: (f) => store.putFacts(f),
    putDefinition: (d) => store.putDefinition(d),
    definitions: () => store.definitions(),
    isEmpty: () => store.isEmpty(),
  };
}
