import type { Db } from '../postgres/Db';
import { peopleHistory } from '../postgres/backup/peopleHistory';
import type { BackupFile, Engine } from '../../engine/internal';
import type { ImportJobInput } from './importJob';

/** Everything a backup is checked against, read once: definitions, the organisation, its history of roles, existing heads. */
export async function importSnapshot(db: Db, engine: Engine, file: unknown): Promise<ImportJobInput> {
  await engine.refreshDefinitions();
  const events = (file as Partial<BackupFile> | null)?.events;
  const ids = Array.isArray(events) ? [...new Set(events.map((e) => String(e?.arendeId)))] : [];
  const [org, people, rows] = await Promise.all([engine.organisation(), peopleHistory(db), engine.summaries({ ids })]);
  return {
    file,
    known: engine.registry.all().map((l) => l.definition),
    org,
    people,
    now: engine.now(),
    existing: Object.fromEntries(rows.map((r) => [r.arendeId, { lastSeq: r.lastSeq, lastHash: r.lastHash }])),
  };
}
