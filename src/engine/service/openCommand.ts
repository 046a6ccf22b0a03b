import type { ReceivedRecord } from '../behaviour/keepsReceived';
import { canonicalJson } from '../events/canonicalJson';
import type { ProcessType } from '../model/ProcessDefinition';
import { decide } from '../runtime/decide';
import { openArende } from '../runtime/openArende';
import { reject } from '../runtime/Rejection';
import { toSummary } from '../runtime/toSummary';
import type { Engine, OpenResult, SubmitResult } from './Engine';
import type { EngineCore } from './engineState';
import type { Principal } from './EngineDeps';
import { isRejection } from './engineState';
import { withPersons } from './knownPersons';
import { firstStepData } from './receivedIntake';

const ARENDE_ID = /^arende:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opening an ärende: empty (`open`), or with its first step in the same write (`report`, Ny rapport and the outbox). */
export function openCommands(core: EngineCore): Pick<Engine, 'open' | 'report'> {
  const { registry } = core;
  const { clock, ids, hasher } = core.deps;

  /** The newest version of the process, even one published in another tab since start-up. */
  async function latest(processType: ProcessType) {
    await core.registerStored();
    return registry.latest(processType);
  }

  return {
    async open(processType: ProcessType, enhetId: string, userId: string): Promise<OpenResult> {
      const who = await core.principal(userId);
      if (isRejection(who)) return { ok: false, rejection: who };
      const { org, actor } = who;
      const loaded = await latest(processType);
      if (!loaded) return { ok: false, rejection: reject('unknown_event', `Det finns ingen publicerad process för ${processType}.`) };
      const opening = { arendeId: ids.next('arende'), eventId: ids.next('event'), enhetId, now: clock.now() };
      const decision = openArende(loaded, opening, actor, org, hasher);
      if (!decision.ok) return decision;
      const written = await core.commit([decision.state], [...decision.state.events]);
      if (!written.ok) return written;
      return { ok: true, state: decision.state, summary: written.summaries[0]! };
    },

    async report(
      processType: ProcessType,
      enhetId: string,
      data: unknown,
      userId: string,
      opts: { arendeId?: string; received?: ReceivedRecord; principal?: Principal } = {},
    ): Promise<SubmitResult> {
      const who = opts.principal?.actor.userId === userId ? opts.principal : await core.principal(userId);
      if (isRejection(who)) return { ok: false, rejection: who };
      const { org, actor } = who;
      if (opts.arendeId !== undefined && !ARENDE_ID.test(opts.arendeId))
        return { ok: false, rejection: reject('invalid_data', 'Ärendenumret som skickades har fel form (arende:<uuid>).') };
      const loaded = await latest(processType);
      if (!loaded) return { ok: false, rejection: reject('unknown_event', `Det finns ingen publicerad process för ${processType}.`) };
      const type = `${loaded.graph.nodes.get(loaded.definition.machine.initial)!.key}.submit`;
      const firstStep = loaded.graph.transitions.filter((t) => t.event === type);
      // What came in through a public form is placed here by the engine, never taken from the client.
      const placed = firstStepData(firstStep, data, opts.received, enhetId);
      if (!placed.ok) return placed;
      const named = await withPersons(loaded, firstStep, type, placed.data, core.deps.directory);
      // A resent rapport was stored with its persons matched: either form is the same rapport.
      const sent = [placed.data, named];
      const again = opts.arendeId !== undefined ? await resent(core, opts.arendeId, sent, userId) : undefined;
      if (again) return again;
      const now = clock.now();
      const arende = { arendeId: opts.arendeId ?? ids.next('arende'), eventId: ids.next('event'), enhetId, now };
      const opened = openArende(loaded, arende, actor, org, hasher);
      if (!opened.ok) return opened;
      const decision = decide(opened.state, { type, data: named }, actor, { org, hasher, now, eventId: ids.next('event') });
      if (!decision.ok) return decision;
      const written = await core.commit([decision.state], [...opened.state.events, decision.event]);
      if (!written.ok) return (opts.arendeId && (await resent(core, opts.arendeId, sent, userId))) || written;
      return { ok: true, event: decision.event, summary: written.summaries[0]!, state: decision.state };
    },
  };
}

/**
 * A rapport sent again under the ärende id it was first sent with (the outbox after a lost answer):
 * the same person and the same content give the first answer again; anything else is a clash.
 */
async function resent(core: EngineCore, arendeId: string, data: readonly unknown[], userId: string): Promise<SubmitResult | undefined> {
  const existing = await core.loadState(arendeId);
  if (!existing) return undefined;
  const first = existing.events[1];
  if (existing.openedBy === userId && first && data.some((d) => canonicalJson(first.stepData) === canonicalJson(d)))
    return { ok: true, event: first, summary: toSummary(existing), state: existing };
  return {
    ok: false,
    rejection: reject('seq_conflict', `Ärendenumret ${arendeId} används redan av ett annat ärende. Rapporten sparades inte.`),
  };
}
