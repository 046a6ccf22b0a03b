import type { LoadedDefinition } from '../definition/loadDefinition';
import { OPEN_EVENT } from '../events/ArendeEvent';
import type { ArendeEvent } from '../events/ArendeEvent';
import { hashEvent } from '../events/hashChain';
import { GENESIS_HASH } from '../events/ArendeEvent';
import type { Hasher } from '../ports/Hasher';
import { requiredRoleOf } from '../behaviour/guards';
import type { ArendeState } from './ArendeState';
import { applyEvent, stateFromOpen, toMachineEvent } from './applyEvent';
import { candidateTransitions } from './candidates';
import { MIGRATE_EVENT } from '../migration/MigrateData';
import type { MigrateData } from '../migration/MigrateData';
import { migrateState } from '../migration/migrateState';

export type ReplayResult = { ok: true; state: ArendeState } | { ok: false; seq: number; reason: string };

export interface ReplayOptions {
  /** Verify each event's place in the hash chain while replaying. */
  hasher?: Hasher;
  /**
   * Re-check every event as if it were submitted now (schema, role guard, machine acceptance):
   * used for imports, where the file could have been crafted with valid hashes.
   */
  strict?: boolean;
  /** Finds the version a recorded migration moved the ärende to. */
  resolve?: (id: string, version: number) => LoadedDefinition | undefined;
}

/** Derives an ärende's state by replaying its events (sorted by seq) through its pinned definition. */
export function replay(loaded: LoadedDefinition, events: readonly ArendeEvent[], opts: ReplayOptions = {}): ReplayResult {
  const first = events[0];
  if (!first || first.type !== OPEN_EVENT || first.seq !== 0) return { ok: false, seq: 0, reason: 'Ärendet saknar sin första händelse (öppnande).' };
  let prev = GENESIS_HASH;
  let state: ArendeState | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.seq !== i) return { ok: false, seq: i, reason: `Händelse nummer ${i} saknas eller kommer i fel ordning.` };
    if (opts.hasher) {
      if (e.prevHash !== prev) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} pekar inte på föregående kontrollsumma: kedjan är bruten.` };
      if (hashEvent(opts.hasher, e) !== e.hash) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} har ändrats i efterhand: kontrollsumman stämmer inte.` };
      prev = e.hash;
    }
    if (i === 0) {
      state = stateFromOpen(loaded, e);
      continue;
    }
    if (e.type === OPEN_EVENT) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} försöker öppna ärendet en gång till.` };
    if (e.type === MIGRATE_EVENT) {
      if (state!.status === 'closed') return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} kommer efter att ärendet avslutats.` };
      if (opts.strict && e.actor.role !== 'processagare') return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} flyttar ärendet till en ny version men utfördes inte av en processägare.` };
      const data = e.stepData as MigrateData;
      const to = opts.resolve?.(String(data?.definitionId), Number(data?.toVersion));
      if (!to) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} flyttar ärendet till ${String(data?.definitionId)}@${String(data?.toVersion)}, som inte finns.` };
      const moved = migrateState(state!, to, e, opts.strict === true);
      if (!moved.ok) return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} (flytt till ny version) håller inte: ${moved.reason}` };
      state = moved.state;
      continue;
    }
    if (opts.strict) {
      const problem = strictCheck(state!, e);
      if (problem) return { ok: false, seq: e.seq, reason: problem };
    }
    if (state!.status === 'closed') return { ok: false, seq: e.seq, reason: `Händelse ${e.seq} kommer efter att ärendet avslutats.` };
    state = applyEvent(state!, e);
  }
  return { ok: true, state: state! };
}

function strictCheck(state: ArendeState, e: ArendeEvent): string | undefined {
  const candidates = candidateTransitions(state, e.type);
  if (candidates.length === 0) return `Händelse ${e.seq} ("${e.type}") var inte möjlig i det läge ärendet befann sig i.`;
  if (!candidates.some((t) => requiredRoleOf(t.guard) === e.actor.role)) return `Händelse ${e.seq} utfördes i en roll ("${e.actor.role}") som inte får utföra steget.`;
  const errors = state.loaded.validators.get(e.type)?.(e.stepData) ?? [];
  if (errors.length > 0) return `Händelse ${e.seq} innehåller ogiltiga uppgifter: ${errors.map((x) => x.message).join(' ')}`;
  if (!state.snapshot.can(toMachineEvent(e))) return `Händelse ${e.seq} ("${e.type}") uppfyller inte processens villkor.`;
  return undefined;
}
