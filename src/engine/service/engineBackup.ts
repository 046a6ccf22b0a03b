import { exportBackup, importBackup } from '../backup/backup';
import { verifyChain } from '../events/hashChain';
import type { ArendeEvent } from '../model/ArendeEvent';
import type { Engine } from './Engine';
import type { EngineCore } from './engineState';

/** The whole log at once: its integrity, and backup out and in. */
export function engineBackup(core: EngineCore): Pick<Engine, 'verifyIntegrity' | 'exportBackup' | 'importBackup'> {
  const { deps, registry } = core;
  const { store, clock, hasher, directory } = deps;
  return {
    async verifyIntegrity() {
      const byArende = groupByArende(await store.allEvents());
      let checked = 0;
      for (const events of byArende.values()) {
        const broken = verifyChain(hasher, events);
        if (broken) return { ok: false, checked, firstBreak: broken };
        checked += events.length;
      }
      return { ok: true, checked };
    },

    async exportBackup() {
      return exportBackup(store, clock.now());
    },

    async importBackup(file, onProgress) {
      const result = await importBackup(
        file,
        { store, hasher, validator: deps.validator, catalog: deps.catalog, registry, directory, now: clock.now() },
        onProgress,
      );
      core.forget();
      return result;
    },
  };
}

/** Events by ärende, each list in seq order. */
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
