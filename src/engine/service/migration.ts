import type { LoadedDefinition } from '../definition/loadDefinition';
import { sealEvent } from '../events/hashChain';
import { proveMigration } from '../migration/proveMigration';
import { stuckArende } from '../migration/rescue';
import type { StuckArende } from '../migration/rescue';
import type { MigrationProof } from '../migration/proveMigration';
import type { ArendeEvent } from '../model/ArendeEvent';
import { MIGRATE_EVENT } from '../model/MigrateData';
import type { MigrateData } from '../model/MigrateData';
import { holdsRole } from '../org/holdsRole';
import type { ArendeState } from '../runtime/ArendeState';
import { lastEvent } from '../runtime/ArendeState';
import { migrateState } from '../runtime/migrateState';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { EngineCore } from './engineState';
import { notBefore } from './notBefore';

export type MigrateResult =
  | { ok: true; state: ArendeState; summary: ArendeSummary; event: ArendeEvent }
  | { ok: false; rejection: Rejection; proof?: MigrationProof };

/** Moving an open ärende to a newer version of its process: the proof first, then the `arende.migrera` event. */
export function migrationCommands(core: EngineCore): {
  planMigration(arendeId: string, toVersion: number, mapping?: Record<string, string>): Promise<MigrationProof>;
  migrate(arendeId: string, toVersion: number, mapping: Record<string, string>, userId: string, note: string): Promise<MigrateResult>;
  stuck(arendeIds: readonly string[]): Promise<Record<string, StuckArende>>;
} {
  const { registry } = core;
  return {
    async stuck(arendeIds: readonly string[]): Promise<Record<string, StuckArende>> {
      const out: Record<string, StuckArende> = {};
      for (const id of arendeIds) {
        // An ärende whose log fails its integrity check is held elsewhere; it is not judged here.
        const state = await core.loadState(id).catch(() => undefined);
        if (!state) continue;
        const defId = state.loaded.definition.id;
        const newest = registry
          .versions(defId)
          .filter((l) => !registry.retired(defId, l.definition.version))
          .at(-1);
        const found = stuckArende(state, newest);
        if (found) out[id] = found;
      }
      return out;
    },

    async planMigration(arendeId: string, toVersion: number, mapping: Record<string, string> = {}): Promise<MigrationProof> {
      const state = await core.loadState(arendeId);
      if (!state) return { ok: false, reasons: ['Ärendet finns inte.'], violations: [] };
      const to = registry.get(state.loaded.definition.id, toVersion);
      if (!to) return { ok: false, reasons: [`Version ${toVersion} finns inte.`], violations: [] };
      if (registry.retired(to.definition.id, toVersion)) return { ok: false, reasons: [retiredReason(toVersion)], violations: [] };
      return proveMigration(state, to, mapping);
    },

    async migrate(
      arendeId: string,
      toVersion: number,
      mapping: Record<string, string>,
      userId: string,
      note: string,
    ): Promise<MigrateResult> {
      const who = await core.principal(userId);
      if ('code' in who) return { ok: false, rejection: who };
      const { org, actor } = who;
      const state = await core.loadState(arendeId);
      if (!state) return { ok: false, rejection: reject('unknown_arende', 'Ärendet finns inte.') };
      if (!holdsRole(org, actor, 'processagare', state.open.enhetId))
        return {
          ok: false,
          rejection: reject('wrong_role', 'Bara en processägare kan flytta ett ärende till en ny version av processen.', {
            requiredRole: 'processagare',
          }),
        };
      const to = registry.get(state.loaded.definition.id, toVersion);
      if (!to) return { ok: false, rejection: reject('migration_refused', `Version ${toVersion} av processen finns inte.`) };
      if (registry.retired(to.definition.id, toVersion))
        return { ok: false, rejection: reject('migration_refused', retiredReason(toVersion)) };
      const proof = proveMigration(state, to, mapping);
      if (!proof.ok)
        return {
          ok: false,
          rejection: reject('migration_refused', `Ärendet kan inte flyttas till version ${toVersion}: ${proof.reasons.join(' ')}`),
          proof,
        };
      const event = migrateEvent(core, state, to, proof.mapping, { userId: actor.userId, note, toVersion });
      const moved = migrateState(state, to, event, false);
      if (!moved.ok) return { ok: false, rejection: reject('migration_refused', moved.reason) };
      const written = await core.commit([moved.state], [event]);
      if (!written.ok) return written;
      return { ok: true, state: moved.state, summary: written.summaries[0]!, event };
    },
  };
}

/** The sealed `arende.migrera` event recording the move, by the processägare, after the ärende's last event. */
function migrateEvent(
  core: EngineCore,
  state: ArendeState,
  to: LoadedDefinition,
  mapping: MigrateData['mapping'],
  by: { userId: string; note: string; toVersion: number },
): ArendeEvent {
  const { hasher, ids, clock } = core.deps;
  const prev = lastEvent(state);
  const data: MigrateData = {
    definitionId: to.definition.id,
    fromVersion: state.loaded.definition.version,
    toVersion: by.toVersion,
    mapping,
    note: by.note.trim(),
  };
  return sealEvent(hasher, {
    id: ids.next('event'),
    arendeId: state.arendeId,
    seq: prev.seq + 1,
    type: MIGRATE_EVENT,
    stepData: data,
    actor: { userId: by.userId, role: 'processagare' },
    at: notBefore(clock.now(), prev.at),
    prevHash: prev.hash,
  });
}

function retiredReason(version: number): string {
  return `Version ${version} följer inte längre lagskelettet och tar inte emot fler ärenden. Välj en nyare version.`;
}
