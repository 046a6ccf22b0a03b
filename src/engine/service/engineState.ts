import type { ArendeEvent } from '../model/ArendeEvent';
import type { ArendeSummary } from '../model/ArendeSummary';
import { SeqConflictError } from '../ports/EventStore';
import { factsOfState } from '../reports/factsOfState';
import type { ArendeState } from '../runtime/ArendeState';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import { toSummary } from '../runtime/toSummary';
import { createCommitted } from './committed';
import { DefinitionRegistry } from './DefinitionRegistry';
import type { EngineDeps, Principal } from './EngineDeps';
import { stateLoader } from './loadState';

export type CommitResult = { ok: true; summaries: ArendeSummary[] } | { ok: false; rejection: Rejection };

/** What every operation of the engine shares: its ports, the definitions, the state cache and the one way to write. */
export interface EngineCore {
  deps: EngineDeps;
  registry: DefinitionRegistry;
  committed: ReturnType<typeof createCommitted>;
  /** The caller's person and roles as the directory has them now; an unknown id is refused. */
  principal(userId: string): Promise<Principal | Rejection>;
  /** An ärende's state brought up to date from the store; the recorded head must match the log's last event. */
  loadState(arendeId: string): Promise<ArendeState | undefined>;
  /** The remembered state of an ärende (as last read or written here), possibly behind the log. */
  remembered(arendeId: string): ArendeState | undefined;
  /** Writes events with their list rows in one append; returns the rows, or why it failed. */
  commit(states: ArendeState[], events: ArendeEvent[]): Promise<CommitResult>;
  /** Registers the versions stored since start-up (published in another tab or server instance). */
  registerStored(): Promise<void>;
  /** Forgets one cached state, or all of them. */
  forget(arendeId?: string): void;
}

export const isRejection = (p: Principal | Rejection): p is Rejection => 'code' in p;

const CACHE_LIMIT = 5000;

const SEQ_CONFLICT =
  'Någon annan (kanske i en annan flik) sparade ett steg i ärendet samtidigt. Ditt steg sparades inte. Ärendet visas ' +
  'nu som det ser ut efter den ändringen – kontrollera och försök igen.';

/** Builds the shared core once; `createEngine` composes the operations over it. */
export function createEngineCore(deps: EngineDeps): EngineCore {
  const { store, clock, hasher, directory } = deps;
  const registry = new DefinitionRegistry(
    deps.catalog,
    deps.validator,
    deps.verifiedCache ? { cache: deps.verifiedCache, hasher } : undefined,
  );
  const cache = new Map<string, ArendeState>();
  const committed = createCommitted();

  async function registerStored(): Promise<void> {
    for (const d of await store.definitions()) if (!registry.get(d.id, d.version)) registry.registerKept(d);
  }

  async function principal(userId: string): Promise<Principal | Rejection> {
    const [org, actor] = await Promise.all([directory.organisation(), directory.actorAt(userId, clock.now())]);
    if (!actor) return reject('unknown_user', 'Du finns inte bland organisationens användare. Kontakta administratören.');
    return { org, actor };
  }

  function remember(state: ArendeState): void {
    if (cache.size >= CACHE_LIMIT && !cache.has(state.arendeId)) cache.delete(cache.keys().next().value!);
    cache.set(state.arendeId, state);
  }

  async function commit(states: ArendeState[], events: ArendeEvent[]): Promise<CommitResult> {
    const summaries = states.map(toSummary);
    const facts = states.map((s, i) => factsOfState(s, summaries[i]!));
    try {
      await store.append({ events, summaries, facts });
      for (const s of states) remember(s);
      committed.emit(
        summaries.map((s) => s.arendeId),
        states,
      );
      return { ok: true, summaries };
    } catch (e) {
      for (const s of states) cache.delete(s.arendeId);
      if (e instanceof SeqConflictError) return { ok: false, rejection: reject('seq_conflict', SEQ_CONFLICT) };
      throw e;
    }
  }

  function forget(arendeId?: string): void {
    if (arendeId) cache.delete(arendeId);
    else cache.clear();
  }

  const loadState = stateLoader({ store, hasher, strict: deps.strictReads === true, registry, cache, remember, registerStored });
  const remembered = (arendeId: string) => cache.get(arendeId);
  return { deps, registry, committed, principal, loadState, remembered, commit, registerStored, forget };
}
