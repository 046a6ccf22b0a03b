import { replay, toSummary } from '../../engine/internal';
import type { ArendeEvent, ArendeSummary, Engine, OpenData } from '../../engine/internal';

/** The list row an ärende's log gives, or why the log gives none (its definition unknown, a step the machine refuses). */
export type DeriveRow = (events: readonly ArendeEvent[]) => ArendeSummary | string;

/**
 * Replays the log through its pinned definition (and any version it was migrated to), as a read does: what the list
 * row must say. The chain itself is checked apart, so no hashing here.
 */
export function rowDeriver(engine: Pick<Engine, 'registry'>): DeriveRow {
  const resolve = (id: string, version: number) => engine.registry.get(id, version);
  return (events) => {
    const open = events[0]?.stepData as Partial<OpenData> | undefined;
    const loaded = open ? resolve(String(open.definitionId), Number(open.definitionVersion)) : undefined;
    if (!loaded)
      return `Processversionen ${String(open?.definitionId)} ${String(open?.definitionVersion)} finns inte: listraden kan inte prövas.`;
    const r = replay(loaded, events, { resolve });
    return r.ok ? toSummary(r.state) : `Loggen kan inte spelas upp vid händelse ${r.seq}: ${r.reason}`;
  };
}
