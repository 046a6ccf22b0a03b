import type { ArendeEvent } from '../model/ArendeEvent';
import { MIGRATE_EVENT } from '../model/MigrateData';
import type { MigrateData } from '../model/MigrateData';
import type { EventStore } from '../ports/EventStore';
import { IntegrityError } from '../ports/EventStore';
import type { Hasher } from '../ports/Hasher';
import type { ArendeState } from '../runtime/ArendeState';
import { proveMigration } from '../migration/proveMigration';
import { replay, replayMore } from '../runtime/replay';
import type { ReplayResult } from '../runtime/replay';
import type { DefinitionRegistry } from './DefinitionRegistry';

/** What reading an ärende needs from the engine's core. */
interface LoaderParts {
  store: EventStore;
  hasher: Hasher;
  strict: boolean;
  registry: DefinitionRegistry;
  cache: Map<string, ArendeState>;
  remember(state: ArendeState): void;
  registerStored(): Promise<void>;
}

type Head = Awaited<ReturnType<EventStore['readArende']>>['head'];

/**
 * An ärende's state: the cached one brought up to date with any events written since (by another
 * tab or server instance), else a full replay. The recorded head must match the log's last event.
 */
export function stateLoader(parts: LoaderParts): (arendeId: string) => Promise<ArendeState | undefined> {
  const { store, cache } = parts;
  return async function loadState(arendeId) {
    const cached = cache.get(arendeId);
    const { events, head } = await store.readArende(arendeId, cached ? cached.events.length : 0);
    if (!cached && events.length === 0) {
      if (head)
        throw new IntegrityError(
          arendeId,
          `Ärendet ${arendeId} saknar sina händelser, men en senaste händelse nummer ${head.seq} finns registrerad: loggen har tömts.`,
          0,
        );
      return undefined;
    }
    const state = cached && events.length === 0 ? cached : await replayed(parts, arendeId, cached, events);
    checkHead(arendeId, state, head, () => cache.delete(arendeId));
    parts.remember(state);
    return state;
  };
}

/** The cached state with the new events replayed onto it, or the whole log replayed through its pinned version. */
async function replayed(
  parts: LoaderParts,
  arendeId: string,
  cached: ArendeState | undefined,
  events: readonly ArendeEvent[],
): Promise<ArendeState> {
  const { registry, hasher, strict } = parts;
  const options = { hasher, strict, proveMigration, resolve: (id: string, v: number) => registry.get(id, v) };
  if (cached) {
    await registerMissing(parts, events);
    return readable(arendeId, replayMore(cached, events, options));
  }
  const open = events[0]!.stepData as { definitionId: string; definitionVersion: number };
  // A version published elsewhere since start-up is read from the store on first need.
  const loaded =
    registry.get(open.definitionId, open.definitionVersion) ??
    (await parts.registerStored(), registry.get(open.definitionId, open.definitionVersion));
  if (!loaded)
    throw new IntegrityError(
      arendeId,
      `Definitionen ${open.definitionId}@${open.definitionVersion} för ärendet ${arendeId} finns inte.`,
      0,
    );
  await registerMissing(parts, events);
  return readable(arendeId, replay(loaded, events, options));
}

function readable(arendeId: string, result: ReplayResult): ArendeState {
  if (!result.ok)
    throw new IntegrityError(arendeId, `Ärendet ${arendeId} kan inte läsas: händelse ${result.seq}: ${result.reason}`, result.seq);
  return result.state;
}

/** A move to a version not known here (published elsewhere) reads the stored versions first. */
async function registerMissing(parts: LoaderParts, events: readonly ArendeEvent[]): Promise<void> {
  const movedTo = events.filter((e) => e.type === MIGRATE_EVENT).map((e) => e.stepData as MigrateData);
  if (movedTo.some((m) => !parts.registry.get(m.definitionId, m.toVersion))) await parts.registerStored();
}

/** The store's recorded head must be the log's last event: a truncated or changed log is an integrity error. */
function checkHead(arendeId: string, state: ArendeState, head: Head, forget: () => void): void {
  const last = state.events[state.events.length - 1]!;
  if (!head)
    throw new IntegrityError(
      arendeId,
      `Ärendet ${arendeId} saknar sin registrerade senaste händelse (listraden): loggen kan inte kontrolleras.`,
      last.seq,
    );
  if (head.seq !== last.seq || head.hash !== last.hash) {
    forget();
    throw new IntegrityError(
      arendeId,
      head.seq > last.seq
        ? `Ärendet ${arendeId} har förlorat händelser: den senaste registrerade är nummer ${head.seq}, men loggen slutar vid ` +
            `nummer ${last.seq}.`
        : `Ärendet ${arendeId}: den senaste händelsen (nummer ${last.seq}) stämmer inte med den registrerade (nummer ${head.seq}).`,
      Math.min(head.seq, last.seq),
    );
  }
}
