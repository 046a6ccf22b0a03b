import { leafGuards } from '../behaviour/guards';
import type { GraphTransition } from '../definition/StateGraph';
import type { Actor, Organisation } from '../model/Organisation';
import type { Principal } from './EngineDeps';
import type { ArendeState } from '../runtime/ArendeState';
import { candidateTransitions } from '../runtime/candidates';
import { decide } from '../runtime/decide';
import type { Command } from '../runtime/decide';
import { linkedProcessOf } from '../runtime/linkedProcesses';
import type { LinkedProcess } from '../runtime/linkedProcesses';
import { openArende } from '../runtime/openArende';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import type { Engine, SubmitOptions, SubmitResult } from './Engine';
import type { EngineCore } from './engineState';
import { isRejection } from './engineState';
import { withPersons } from './knownPersons';
import { notBefore } from './notBefore';
import { withOwnPerson } from './ownPerson';
import { clientReceivedProblem } from './receivedIntake';
import { scopedRowOf } from './scopedRow';

const STALE_VIEW =
  'Ärendet har ändrats sedan du öppnade det (kanske sparade någon annan, eller du själv i ett tidigare försök). Ditt steg ' +
  'sparades inte. Ärendet visas nu som det ser ut – kontrollera och försök igen.';

/** Submitting a step or command to an open ärende. */
export function submitCommand(core: EngineCore): Pick<Engine, 'submit'> {
  return {
    async submit(arendeId: string, command: Omit<Command, 'links'>, userId: string, opts: SubmitOptions = {}): Promise<SubmitResult> {
      const who = opts.principal?.actor.userId === userId ? opts.principal : await core.principal(userId);
      if (isRejection(who)) return { ok: false, rejection: who };
      // The store checks the head on append (seq and hash): the remembered state is written on only if it is the log's end.
      const remembered = core.deps.appendChecksHead ? core.remembered(arendeId) : undefined;
      if (remembered) {
        const first = await judged(core, remembered, command, who, opts);
        if (first.ok) return first;
        // Refused, or the log moved on: judged once more on the log as it is now, as without the memory.
      }
      const state = await core.loadState(arendeId);
      const r = await judged(core, state, command, who, opts, arendeId);
      return !r.ok && r.rejection.code === 'seq_conflict' && !r.state ? { ...r, state: await core.loadState(arendeId) } : r;
    },
  };
}

/** The command judged on `state` and, when the engine allows it, committed. */
async function judged(
  core: EngineCore,
  state: ArendeState | undefined,
  command: Omit<Command, 'links'>,
  { org, actor }: Principal,
  opts: SubmitOptions,
  arendeId = state?.arendeId,
): Promise<SubmitResult> {
  const { clock, ids, hasher, directory } = core.deps;
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
  const named = await withPersons(state.loaded, candidates, command.type, command.data, directory);
  command = { ...command, data: withOwnPerson(named, candidates, actor) };
  const linkTo = linkOf(state, candidates);
  const linked = linkTo ? openLinked(core, state, linkTo, command.data, { actor, org, now }) : undefined;
  if (linked && 'code' in linked) return { ok: false, rejection: linked };
  const links = linked && linkTo ? { links: [{ rel: linkTo.rel, arendeId: linked.arendeId }] } : {};
  const decision = decide(state, { ...command, ...links }, actor, { org, hasher, now, eventId: ids.next('event'), candidates });
  if (!decision.ok) return decision;
  const states = linked ? [decision.state, linked] : [decision.state];
  const events = linked ? [decision.event, ...linked.events] : [decision.event];
  const written = await core.commit(states, events);
  if (!written.ok) return written;
  return {
    ok: true,
    event: decision.event,
    summary: written.summaries[0]!,
    state: decision.state,
    ...(linked ? { linked: written.summaries[1]! } : {}),
  };
}

/** A step guarded by `hasLink` opens the linked ärende (lex Sarah, lex Maria) in the same commit. */
function linkOf(state: ArendeState, candidates: readonly GraphTransition[]): LinkedProcess | undefined {
  return candidates
    .flatMap((t) => leafGuards(t.guard))
    .map((g) => (g.type === 'hasLink' ? linkedProcessOf(state.loaded.pack, g.params?.rel) : undefined))
    .find((l) => l !== undefined);
}

/** The linked ärende opened on the newest version of its process, carrying the source's jäv; not yet written. */
function openLinked(
  core: EngineCore,
  state: ArendeState,
  linkTo: LinkedProcess,
  data: unknown,
  by: { actor: Actor; org: Organisation; now: string },
): ArendeState | Rejection {
  const target = core.registry.latest(linkTo.processType);
  if (!target) return reject('unknown_event', `Det finns ingen publicerad process för ${linkTo.noun} att länka till.`);
  const { ids, hasher } = core.deps;
  const opened = openArende(
    target,
    {
      arendeId: ids.next('arende'),
      eventId: ids.next('event'),
      enhetId: state.open.enhetId,
      now: by.now,
      prefill: linkTo.prefill(state, data),
      links: [{ rel: linkTo.back, arendeId: state.arendeId }],
      asRole: linkTo.asRole,
      jav: state.snapshot.context.jav,
    },
    by.actor,
    by.org,
    hasher,
  );
  return opened.ok ? opened.state : opened.rejection;
}
