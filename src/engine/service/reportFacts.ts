import type { ArendeFacts } from '../model/ArendeFacts';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { EventStore } from '../ports/EventStore';
import { collectArendeFacts } from '../reports/collectArendeFacts';
import type { DefinitionRegistry } from './DefinitionRegistry';

/**
 * What the reports aggregate: the facts kept with every commit; ärenden stored before facts existed
 * are folded from their events once (no replay). A future server runs the same fold.
 */
export async function reportFacts(store: EventStore, registry: DefinitionRegistry): Promise<ArendeFacts[]> {
  const { facts, missing } = await store.reportFacts();
  if (missing.length === 0) return facts;
  // Ärenden written before facts were kept get theirs now, once, from their own events.
  const definitions = registry.all().map((l) => l.definition);
  const added: ArendeFacts[] = [];
  if (missing.length > 2000) {
    // Many missing (an old database): one pass over every event beats a query per ärende.
    const wanted = new Set(missing);
    const [summaries, events] = await Promise.all([store.summaries({ ids: [...wanted] }), store.allEvents()]);
    added.push(...collectArendeFacts({ summaries, events, definitions, packs: registry.catalog.packs }));
  } else
    for (let i = 0; i < missing.length; i += 500) {
      const ids = missing.slice(i, i + 500);
      const [summaries, events] = await Promise.all([
        Promise.all(ids.map((id) => store.summary(id))),
        Promise.all(ids.map((id) => store.eventsOf(id))),
      ]);
      added.push(
        ...collectArendeFacts({
          summaries: summaries.filter((s): s is ArendeSummary => !!s),
          events: events.flat(),
          definitions,
          packs: registry.catalog.packs,
        }),
      );
    }
  await store.putFacts(added);
  return [...facts, ...added];
}
