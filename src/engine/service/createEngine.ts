import { notBefore } from './notBefore';
import { withKnownPersons } from './knownPersons';
import { withOwnPerson } from './ownPerson';
import type { LoadedDefinition } from '../definition/loadDefinition';
import type { GraphTransition } from '../definition/StateGraph';
import { leafGuards } from '../behaviour/guards';
import type { ProcessDefinition, ProcessType } from '../model/ProcessDefinition';
import { unopenable } from './unopenable';
import type { ArendeEvent } from '../model/ArendeEvent';
import type { ChainBreak } from '../events/hashChain';
import { verifyChain } from '../events/hashChain';
import { computeObligations } from '../obligations/computeObligations';
import type { Obligation } from '../obligations/computeObligations';
import type { SummaryQuery } from '../ports/EventStore';
import type { ScopedRow } from '../query/SummaryQuery';
import { IntegrityError, SeqConflictError } from '../ports/EventStore';
import type { ArendeState } from '../runtime/ArendeState';
import type { ArendeSummary } from '../model/ArendeSummary';
import { availableActions } from '../runtime/availableActions';
import type { ActionOption } from '../runtime/availableActions';
import { candidateTransitions } from '../runtime/candidates';
import { decide } from '../runtime/decide';
import type { Command } from '../runtime/decide';
import { linkedProcessOf } from '../runtime/linkedProcesses';
import { openArende } from '../runtime/openArende';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import { replay, replayMore } from '../runtime/replay';
import { toSummary } from '../runtime/toSummary';
import { canonicalJson } from '../events/canonicalJson';
import { exportBackup, importBackup } from '../backup/backup';
import type { BackupFile, ImportProgress, ImportResult } from '../backup/backup';
import { DefinitionRegistry } from './DefinitionRegistry';
import type { EngineDeps, Principal } from './EngineDeps';
import { factsOfState } from '../reports/factsOfState';
import { definitionAdmin } from './definitionAdmin';
import { javAdmin, scopedRowOf } from './javAdmin';
import { reportFacts } from './reportFacts';
import { MIGRATE_EVENT } from '../model/MigrateData';
import type { MigrateData } from '../model/MigrateData';
import type { RegisterResult } from './DefinitionRegistry';
import type { ReceivedRecord } from '../behaviour/keepsReceived';
import { clientReceivedProblem, firstStepData } from './receivedIntake';
import { createCommitted } from './committed';

/** How a step is submitted: the seq the caller decided on, and who may see the ärende at all (the server's access rule). */
export interface SubmitOptions {
  expectedSeq?: number;
  visible?: (owner: ScopedRow) => boolean;
}

export type SubmitResult =
  | { ok: true; event: ArendeEvent; summary: ArendeSummary; state: ArendeState; linked?: ArendeSummary }
  | { ok: false; rejection: Rejection; state?: ArendeState };

export type OpenResult = { ok: true; state: ArendeState; summary: ArendeSummary } | { ok: false; rejection: Rejection };

/**
 * The engine's application service: the only place that combines the pure core with ports.
 * Holds a cache of derived states; the store's event log stays the truth.
 */
export function createEngine(deps: EngineDeps) {
  const { store, clock, ids, hasher, directory } = deps;
  const registry = new DefinitionRegistry(
    deps.catalog,
    deps.validator,
    deps.verifiedCache ? { cache: deps.verifiedCache, hasher } : undefined,
  );
  const cache = new Map<string, ArendeState>();
  const committed = createCommitted();
  const strict = deps.strictReads === true;
  const CACHE_LIMIT = 5000;

  async function registerStored(): Promise<void> {
    for (const d of await store.definitions()) if (!registry.get(d.id, d.version)) registry.registerKept(d);
  }

  /** The caller's person and roles as the directory has them now; an unknown id is refused. */
  async function principal(userId: string): Promise<Principal | Rejection> {
    const [org, actor] = await Promise.all([directory.organisation(), directory.actorAt(userId, clock.now())]);
    if (!actor) return reject('unknown_user', 'Du finns inte bland organisationens användare. Kontakta administratören.');
    return { org, actor };
  }

  const isRejection = (p: Principal | Rejection): p is Rejection => 'code' in p;

  function remember(state: ArendeState): void {
    if (cache.size >= CACHE_LIMIT && !cache.has(state.arendeId)) cache.delete(cache.keys().next().value!);
    cache.set(state.arendeId, state);
  }

  /**
   * An ärende's state: the cached one brought up to date with any events written since (by another
   * tab or server instance), else a full replay. The recorded head must match the log's last event.
   */
  async function loadState(arendeId: string): Promise<ArendeState | undefined> {
    const cached = cache.get(arendeId);
    const from = cached ? cached.events.length : 0;
    const { events, head } = await store.readArende(arendeId, from);
    if (!cached && events.length === 0) {
      if (head)
        throw new IntegrityError(
          arendeId,
          `Ärendet ${arendeId} saknar sina händelser, men en senaste händelse nummer ${head.seq} finns registrerad: loggen har tömts.`,
          0,
        );
      return undefined;
    }
    let state: ArendeState;
    if (cached && events.length === 0) state = cached;
    else if (cached) {
      await registerMissing(events);
      const result = replayMore(cached, events, { hasher, strict, resolve: (id, v) => registry.get(id, v) });
      if (!result.ok)
        throw new IntegrityError(arendeId, `Ärendet ${arendeId} kan inte läsas: händelse ${result.seq}: ${result.reason}`, result.seq);
      state = result.state;
    } else {
      const open = events[0]!.stepData as { definitionId: string; definitionVersion: number };
      // A version published elsewhere since start-up is read from the store on first need.
      const loaded =
        registry.get(open.definitionId, open.definitionVersion) ??
        (await registerStored(), registry.get(open.definitionId, open.definitionVersion));
      if (!loaded)
        throw new IntegrityError(
          arendeId,
          `Definitionen ${open.definitionId}@${open.definitionVersion} för ärendet ${arendeId} finns inte.`,
          0,
        );
      await registerMissing(events);
      const result = replay(loaded, events, { hasher, strict, resolve: (id, v) => registry.get(id, v) });
      if (!result.ok)
        throw new IntegrityError(arendeId, `Ärendet ${arendeId} kan inte läsas: händelse ${result.seq}: ${result.reason}`, result.seq);
      state = result.state;
    }
    const last = state.events[state.events.length - 1]!;
    if (!head)
      throw new IntegrityError(
        arendeId,
        `Ärendet ${arendeId} saknar sin registrerade senaste händelse (listraden): loggen kan inte kontrolleras.`,
        last.seq,
      );
    if (head.seq !== last.seq || head.hash !== last.hash) {
      cache.delete(arendeId);
      throw new IntegrityError(
        arendeId,
        head.seq > last.seq
          ? `Ärendet ${arendeId} har förlorat händelser: den senaste registrerade är nummer ${head.seq}, men loggen slutar vid ` +
              `nummer ${last.seq}.`
          : `Ärendet ${arendeId}: den senaste händelsen (nummer ${last.seq}) stämmer inte med den registrerade (nummer ${head.seq}).`,
        Math.min(head.seq, last.seq),
      );
    }
    remember(state);
    return state;
  }

  async function registerMissing(events: readonly ArendeEvent[]): Promise<void> {
    const movedTo = events.filter((e) => e.type === MIGRATE_EVENT).map((e) => e.stepData as MigrateData);
    if (movedTo.some((m) => !registry.get(m.definitionId, m.toVersion))) await registerStored();
  }

  /**
   * A rapport sent again under the ärende id it was first sent with (the outbox after a lost answer):
   * the same person and the same content give the first answer again; anything else is a clash.
   */
  async function resent(arendeId: string, data: readonly unknown[], userId: string): Promise<SubmitResult | undefined> {
    const existing = await loadState(arendeId);
    if (!existing) return undefined;
    const first = existing.events[1];
    if (existing.openedBy === userId && first && data.some((d) => canonicalJson(first.stepData) === canonicalJson(d)))
      return { ok: true, event: first, summary: toSummary(existing), state: existing };
    return {
      ok: false,
      rejection: reject('seq_conflict', `Ärendenumret ${arendeId} används redan av ett annat ärende. Rapporten sparades inte.`),
    };
  }

  /** The data with persons it names matched to users (for jäv), unless the form cannot hold the user id. */
  async function withPersons(
    loaded: LoadedDefinition,
    transitions: readonly GraphTransition[],
    type: string,
    data: unknown,
  ): Promise<unknown> {
    const enriched = await withKnownPersons(data, transitions, directory);
    return enriched !== data && (loaded.validators.get(type)?.(enriched) ?? []).length === 0 ? enriched : data;
  }

  /** Writes events with their list rows in one append; returns the rows, or why it failed. */
  async function commit(
    states: ArendeState[],
    events: ArendeEvent[],
  ): Promise<{ ok: true; summaries: ArendeSummary[] } | { ok: false; rejection: Rejection }> {
    const summaries = states.map(toSummary);
    const facts = states.map((s, i) => factsOfState(s, summaries[i]!));
    try {
      await store.append({ events, summaries, facts });
      for (const s of states) remember(s);
      committed.emit(summaries.map((s) => s.arendeId));
      return { ok: true, summaries };
    } catch (e) {
      for (const s of states) cache.delete(s.arendeId);
      if (e instanceof SeqConflictError)
        return {
          ok: false,
          rejection: reject(
            'seq_conflict',
            'Någon annan (kanske i en annan flik) sparade ett steg i ärendet samtidigt. Ditt steg sparades inte. Ärendet visas ' +
              'nu som det ser ut efter den ändringen – kontrollera och försök igen.',
          ),
        };
      throw e;
    }
  }

  /**
   * A shipped version whose number a process owner has already used here is published as the next
   * free version (once; later starts find it by content). Undefined when it is already known.
   */
  function shippedVersion(d: unknown): unknown {
    const def = d as ProcessDefinition;
    const taken = typeof def?.id === 'string' ? registry.get(def.id, def.version) : undefined;
    if (!taken || canonicalJson(taken.definition) === canonicalJson(def)) return d;
    const content = (x: ProcessDefinition) => canonicalJson({ ...x, version: 0, published: undefined });
    const versions = registry.versions(def.id);
    if (versions.some((v) => content(v.definition) === content(def))) return undefined;
    const next = Math.max(...versions.map((v) => v.definition.version)) + 1;
    return {
      ...def,
      version: next,
      published: {
        at: clock.now(),
        by: 'kvalitetsflode',
        note: `Levererad version ${def.version} av processen från Kvalitetsflöde (numret var redan använt här).`,
      },
    };
  }

  return {
    registry,

    /** Calls `listener` after every commit with the ärenden it wrote; returns the unsubscribe. */
    onCommitted: committed.subscribe,

    /** Registers the stored definitions, then any given ones not yet stored (verified, immutable). */
    async loadDefinitions(shipped: readonly unknown[] = []): Promise<RegisterResult[]> {
      const stored = await store.definitions();
      const results = stored.map((d) => registry.registerKept(d));
      for (const original of shipped) {
        const d = shippedVersion(original);
        if (!d) continue; // adopted at an earlier start under another number
        const result = registry.registerKept(d);
        results.push(result);
        const def = result.ok ? result.loaded.definition : undefined;
        if (def && !stored.some((x) => x.id === def.id && x.version === def.version))
          // Two server instances starting together both try; the one that finds it stored moves on.
          await store.putDefinition(def).catch(async (e: unknown) => {
            const now = await store.definitions();
            if (!now.some((x) => x.id === def.id && x.version === def.version && canonicalJson(x) === canonicalJson(def))) throw e;
          });
      }
      return unopenable(shipped, results);
    },

    async open(processType: ProcessType, enhetId: string, userId: string): Promise<OpenResult> {
      const who = await principal(userId);
      if (isRejection(who)) return { ok: false, rejection: who };
      const { org, actor } = who;
      await registerStored(); // new ärenden take the newest version, even one published in another tab
      const loaded = registry.latest(processType);
      if (!loaded) return { ok: false, rejection: reject('unknown_event', `Det finns ingen publicerad process för ${processType}.`) };
      const decision = openArende(
        loaded,
        { arendeId: ids.next('arende'), eventId: ids.next('event'), enhetId, now: clock.now() },
        actor,
        org,
        hasher,
      );
      if (!decision.ok) return decision;
      const written = await commit([decision.state], [...decision.state.events]);
      if (!written.ok) return written;
      return { ok: true, state: decision.state, summary: written.summaries[0]! };
    },

    /**
     * Opens an ärende and submits its first step in one atomic write: an abandoned or invalid
     * report leaves nothing behind.
     */
    async report(
      processType: ProcessType,
      enhetId: string,
      data: unknown,
      userId: string,
      opts: { arendeId?: string; received?: ReceivedRecord } = {},
    ): Promise<SubmitResult> {
      const who = await principal(userId);
      if (isRejection(who)) return { ok: false, rejection: who };
      const { org, actor } = who;
      if (opts.arendeId !== undefined && !/^arende:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(opts.arendeId))
        return { ok: false, rejection: reject('invalid_data', 'Ärendenumret som skickades har fel form (arende:<uuid>).') };
      await registerStored(); // new ärenden take the newest version, even one published in another tab
      const loaded = registry.latest(processType);
      if (!loaded) return { ok: false, rejection: reject('unknown_event', `Det finns ingen publicerad process för ${processType}.`) };
      const type = `${loaded.graph.nodes.get(loaded.definition.machine.initial)!.key}.submit`;
      const firstStep = loaded.graph.transitions.filter((t) => t.event === type);
      // What came in through a public form is placed here by the engine, never taken from the client.
      const placed = firstStepData(firstStep, data, opts.received, enhetId);
      if (!placed.ok) return placed;
      data = placed.data;
      const named = await withPersons(loaded, firstStep, type, data);
      // A resent rapport was stored with its persons matched: either form is the same rapport.
      const sent = [data, named];
      if (opts.arendeId !== undefined) {
        const again = await resent(opts.arendeId, sent, userId);
        if (again) return again;
      }
      const now = clock.now();
      const opened = openArende(
        loaded,
        { arendeId: opts.arendeId ?? ids.next('arende'), eventId: ids.next('event'), enhetId, now },
        actor,
        org,
        hasher,
      );
      if (!opened.ok) return opened;
      const decision = decide(opened.state, { type, data: named }, actor, { org, hasher, now, eventId: ids.next('event') });
      if (!decision.ok) return decision;
      const written = await commit([decision.state], [...opened.state.events, decision.event]);
      if (!written.ok) return (opts.arendeId && (await resent(opts.arendeId, sent, userId))) || written;
      return { ok: true, event: decision.event, summary: written.summaries[0]!, state: decision.state };
    },

    /** Registers versions published elsewhere (another tab or server instance) since start-up. */
    refreshDefinitions: registerStored,

    summaries: (query?: SummaryQuery) => store.summaries(query),
    page: (query: SummaryQuery) => store.page(query),
    count: (query: SummaryQuery) => store.count(query),

    /** The caller as the directory knows them now (for sessions and access checks). */
    principal,

    organisation: () => directory.organisation(),
    now: () => clock.now(),

    /** Validates and commits one step or command; an escalation or handover also opens the linked ärende atomically. */
    async submit(arendeId: string, command: Omit<Command, 'links'>, userId: string, opts: SubmitOptions = {}): Promise<SubmitResult> {
      const who = await principal(userId);
      if (isRejection(who)) return { ok: false, rejection: who };
      const { org, actor } = who;
      const state = await loadState(arendeId);
      // One answer whether the ärende is missing or hidden from the caller: its existence is not revealed.
      if (!state || (opts.visible && !opts.visible(scopedRowOf(state))))
        return { ok: false, rejection: reject('unknown_arende', `Ärendet ${arendeId} finns inte.`) };
      // The caller decided on an older view: someone (maybe they themselves, in a retry) has saved since.
      if (opts.expectedSeq !== undefined && opts.expectedSeq !== state.events.length)
        return { ok: false, rejection: reject('seq_conflict', STALE_VIEW), state };
      const now = notBefore(clock.now(), state.events[state.events.length - 1]!.at);
      const candidates = candidateTransitions(state, command.type);
      const own = clientReceivedProblem(candidates, command.data);
      if (own) return { ok: false, rejection: own };
      const named = await withPersons(state.loaded, candidates, command.type, command.data);
      command = { ...command, data: withOwnPerson(named, candidates, actor) };
      // A step guarded by `hasLink` opens the linked ärende (lex Sarah, lex Maria) in the same commit.
      const linkTo = candidates
        .flatMap((t) => leafGuards(t.guard))
        .map((g) => (g.type === 'hasLink' ? linkedProcessOf(state.loaded.pack, g.params?.rel) : undefined))
        .find((l) => l !== undefined);
      let linked: ArendeState | undefined;
      if (linkTo) {
        const target = registry.latest(linkTo.processType);
        if (!target)
          return { ok: false, rejection: reject('unknown_event', `Det finns ingen publicerad process för ${linkTo.noun} att länka till.`) };
        const opened = openArende(
          target,
          {
            arendeId: ids.next('arende'),
            eventId: ids.next('event'),
            enhetId: state.open.enhetId,
            now,
            prefill: linkTo.prefill(state, command.data),
            links: [{ rel: linkTo.back, arendeId }],
            asRole: linkTo.asRole,
            jav: state.snapshot.context.jav,
          },
          actor,
          org,
          hasher,
        );
        if (!opened.ok) return opened;
        linked = opened.state;
      }
      const decision = decide(
        state,
        { ...command, ...(linked && linkTo ? { links: [{ rel: linkTo.rel, arendeId: linked.arendeId }] } : {}) },
        actor,
        { org, hasher, now, eventId: ids.next('event') },
      );
      if (!decision.ok) return decision;
      const states = linked ? [decision.state, linked] : [decision.state];
      const events = linked ? [decision.event, ...linked.events] : [decision.event];
      const written = await commit(states, events);
      if (!written.ok) return { ...written, state: await loadState(arendeId) };
      return {
        ok: true,
        event: decision.event,
        summary: written.summaries[0]!,
        state: decision.state,
        ...(linked ? { linked: written.summaries[1]! } : {}),
      };
    },

    get: loadState,

    async available(arendeId: string, userId: string): Promise<ActionOption[]> {
      const who = await principal(userId);
      if (isRejection(who)) return [];
      const state = await loadState(arendeId);
      return state ? availableActions(state, who.actor, who.org, clock.now()) : [];
    },

    async obligations(arendeId: string): Promise<Obligation[]> {
      const state = await loadState(arendeId);
      return state ? computeObligations(state, clock.now()) : [];
    },

    /** Re-reads every event from the store and reports the first broken chain, if any. */
    async verifyIntegrity(): Promise<{ ok: boolean; checked: number; firstBreak?: ChainBreak }> {
      const byArende = groupByArende(await store.allEvents());
      let checked = 0;
      for (const events of byArende.values()) {
        const broken = verifyChain(hasher, events);
        if (broken) return { ok: false, checked, firstBreak: broken };
        checked += events.length;
      }
      return { ok: true, checked };
    },

    async exportBackup(): Promise<BackupFile> {
      return exportBackup(store, clock.now());
    },

    /** Validates the whole file first (format, definitions, chains, strict replay); writes nothing on error. */
    async importBackup(file: unknown, onProgress?: ImportProgress): Promise<ImportResult> {
      const result = await importBackup(
        file,
        { store, hasher, validator: deps.validator, catalog: deps.catalog, registry, directory, now: clock.now() },
        onProgress,
      );
      cache.clear();
      return result;
    },

    ...definitionAdmin({ ...deps, registry, loadState, commit, principal }),

    ...javAdmin({ ...deps, loadState, commit, principal }),

    /** What the reports aggregate (facts kept with every commit; older ärenden folded from their events once). */
    reportFacts: () => reportFacts(store, registry),

    /** Forgets cached states (e.g. after another tab wrote): the next read replays from the store. */
    invalidate(arendeId?: string) {
      if (arendeId) cache.delete(arendeId);
      else cache.clear();
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;

const STALE_VIEW =
  'Ärendet har ändrats sedan du öppnade det (kanske sparade någon annan, eller du själv i ett tidigare försök). Ditt steg ' +
  'sparades inte. Ärendet visas nu som det ser ut – kontrollera och försök igen.';

export function groupByArende(events: readonly ArendeEvent[]): Map<string, ArendeEvent[]> {
  const map = new Map<string, ArendeEvent[]>();
  for (const e of events) {
    const list = map.get(e.arendeId);
    if (list) list.push(e);
    else map.set(e.arendeId, [e]);
  }
  for (const list of map.values()) list.sort((a, b) => a.seq - b.seq);
  return map;
}
