import type { LoadedDefinition } from '../definition/loadDefinition';
import { OPEN_EVENT } from '../model/ArendeEvent';
import type { ArendeEvent } from '../model/ArendeEvent';
import { hashEvent } from '../events/hashChain';
import { GENESIS_HASH } from '../model/ArendeEvent';
import type { Hasher } from '../ports/Hasher';
import { requiredRoleOf } from '../behaviour/guards';
import type { ArendeState } from './ArendeState';
import { lastEvent } from './ArendeState';
import { applyEvent, stateFromOpen, toMachineEvent } from './applyEvent';
import { candidateTransitions } from './candidates';
import { MIGRATE_EVENT } from '../model/MigrateData';
import type { MigrateData } from '../model/MigrateData';
import { migrateState } from './migrateState';
import type { ProveMigration } from './migrateState';
import { isJavEventType, JAV_EVENT } from '../model/JavEvents';
import { applyJavEvent, javEventProblem } from './javEvents';

export type ReplayResult = { ok: true; state: ArendeState } | { ok: false; seq: number; reason: string };

export interface ReplayOptions {
  /** Verify each event's place in the hash chain while replaying. */
  hasher?: Hasher;
  /**
   * Re-check every event as if it were submitted now (schema, role guard, machine acceptance):
   * used for imports, where the file could have been crafted with valid hashes.
   */
  strict?: boolean;
  /** Proves a recorded migration again under `strict` (the engine's `proveMigration`); strict without it refuses one. */
  proveMigration?: ProveMigration;
  /** Finds the version a recorded migration moved the ärende to. */
  resolve?: (id: string, version: number) => LoadedDefinition | undefined;
}

const unproven: ProveMigration = () => ({ ok: false, reasons: ['flytten kan inte prövas här.'], violations: [] });

/** Derives an ärende's state by replaying its events (sorted by seq) through its pinned definition. */
export function replay(loaded: LoadedDefinition, events: readonly ArendeEvent[], opts: ReplayOptions = {}): ReplayResult {
  const first = events[0];
  if (!first || first.type !== OPEN_EVENT || first.seq !== 0)
    return { ok: false, seq: 0, reason: 'Ärendet saknar sin första händelse (öppnande).' };
  if (opts.hasher) {
    if (first.prevHash !== GENESIS_HASH) return { ok: false, seq: 0, reason: 'Händelse 0 pekar inte på kedjans början: kedjan är bruten.' };
    if (hashEvent(opts.hasher, first) !== first.hash)
      return { ok: false, seq: 0, reason: 'Händelse 0 har ändrats i efterhand: kontrollsumman stämmer inte.' };
  }
  if (opts.strict && !isInstant(first.at))
    return { ok: false, seq: 0, reason: `Händelse 0 har ett ogiltigt tidsstämpel ("${String(first.at)}").` };
  return replayMore(stateFromOpen(loaded, first), events.slice(1), opts);
}

/** Continues a derived state with the events that follow it (e.g. written by someone else since it was read). */
export function replayMore(start: ArendeState, events: readonly ArendeEvent[], opts: ReplayOptions = {}): ReplayResult {
  let state = start;
  let prev = lastEvent(start);
  for (const e of events) {
    const expected = prev.seq + 1;
    if (e.seq !== expected) return { ok: false, seq: expected, reason: `Händelse nummer ${expected} saknas eller kommer i fel ordning.` };
    if (opts.hasher) {
      if (e.prevHash !== prev.hash)
        return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} pekar inte på föregående kontrollsumma: kedjan är bruten.` };
      if (hashEvent(opts.hasher, e) !== e.hash)
        return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} har ändrats i efterhand: kontrollsumman stämmer inte.` };
    }
    if (e.arendeId !== start.arendeId) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} hör till ett annat ärende.` };
    if (opts.strict) {
      if (!isInstant(e.at)) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} har ett ogiltigt tidsstämpel ("${String(e.at)}").` };
      if (e.at < prev.at)
        return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} är daterad före händelsen innan (${e.at} före ${prev.at}).` };
    }
    if (e.type === OPEN_EVENT) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} försöker öppna ärendet en gång till.` };
    if (e.type === MIGRATE_EVENT) {
      if (state.status === 'closed') return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} kommer efter att ärendet avslutats.` };
      if (opts.strict && e.actor.role !== 'processagare')
        return {
          ok: false,
          seq: e.seq,
          reason: `Händelse ${e.seq} flyttar ärendet till en ny version men utfördes inte av en processägare.`,
        };
      const data = e.stepData as MigrateData;
      const to = opts.resolve?.(String(data?.definitionId), Number(data?.toVersion));
      if (!to)
        return {
          ok: false,
          seq: e.seq,
          reason: `Händelse ${e.seq} flyttar ärendet till ${String(data?.definitionId)}@${String(data?.toVersion)}, som inte finns.`,
        };
      const moved = migrateState(state, to, e, opts.strict ? (opts.proveMigration ?? unproven) : false);
      if (!moved.ok) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} (flytt till ny version) håller inte: ${moved.reason}` };
      state = moved.state;
    } else if (isJavEventType(e.type)) {
      // Replay keeps what was written; an import re-checks it as if submitted now (the organisation's part: the import).
      if (state.status === 'closed') return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} kommer efter att ärendet avslutats.` };
      const problem = opts.strict ? javEventProblem(state, e) : undefined;
      if (problem)
        return {
          ok: false,
          seq: e.seq,
          reason: `Händelse ${e.seq} (${e.type === JAV_EVENT ? 'anmält jäv' : 'utsedd ersättare'}) håller inte: ${problem.message}`,
        };
      state = applyJavEvent(state, e);
    } else {
      if (opts.strict) {
        const problem = strictCheck(state, e);
        if (problem) return { ok: false, seq: e.seq, reason: problem };
      }
      if (state.status === 'closed') return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} kommer efter att ärendet avslutats.` };
      state = applyEvent(state, e);
    }
    prev = e;
  }
  return { ok: true, state };
}

/** An ISO 8601 instant in UTC as the engine writes them (`2026-03-13T08:00:00.000Z`). */
export function isInstant(at: unknown): at is string {
  return typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(at) && !Number.isNaN(Date.parse(at));
}

function strictCheck(state: ArendeState, e: ArendeEvent): string | undefined {
  const candidates = candidateTransitions(state, e.type);
  if (candidates.length === 0) return `Händelse ${e.seq} ("${e.type}") var inte möjlig i det läge ärendet befann sig i.`;
  if (!candidates.some((t) => requiredRoleOf(t.guard) === e.actor.role))
    return `Händelse ${e.seq} utfördes i en roll ("${e.actor.role}") som inte får utföra steget.`;
  const errors = state.loaded.validators.get(e.type)?.(e.stepData) ?? [];
  if (errors.length > 0) return `Händelse ${e.seq} innehåller ogiltiga uppgifter: ${errors.map((x) => x.message).join(' ')}`;
  if (!state.snapshot.can(toMachineEvent(e))) return `Händelse ${e.seq} ("${e.type}") uppfyller inte processens villkor.`;
  return undefined;
}
