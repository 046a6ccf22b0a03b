import type { Db } from '../../adapters/postgres/Db';
import type { BackupFile, DatedAssignment, Engine, PersonRecord, RoleId } from '../../engine/index';
import type { ImportJobInput } from './importJob';

interface PersonRow {
  id: string;
  namn: string;
  assignments: { role: RoleId; kind: DatedAssignment['scope']['kind']; id: string; validFrom: string; validTo: string | null }[];
}

/** Everything a backup is checked against, read once: definitions, the organisation, its history of roles, existing heads. */
export async function importSnapshot(db: Db, engine: Engine, file: unknown): Promise<ImportJobInput> {
  await engine.refreshDefinitions();
  const events = (file as Partial<BackupFile> | null)?.events;
  const ids = Array.isArray(events) ? [...new Set(events.map((e) => String(e?.arendeId)))] : [];
  const [org, people, rows] = await Promise.all([
    engine.organisation(),
    db.query<PersonRow>(
      `select u.id, u.namn, coalesce((select json_agg(json_build_object('role', a.role, 'kind', a.scope_kind, 'id', a.scope_id, 'validFrom', a.valid_from, 'validTo', a.valid_to))
          from role_assignments a where a.user_id = u.id), '[]') as assignments from users u`,
    ),
    engine.summaries({ ids }),
  ]);
  return {
    file,
    known: engine.registry.all().map((l) => l.definition),
    org,
    people: people.rows.map((p): PersonRecord => ({ userId: p.id, namn: p.namn, assignments: p.assignments.map((a) => ({ role: a.role, scope: { kind: a.kind, id: a.id }, validFrom: a.validFrom, validTo: a.validTo })) })),
    now: engine.now(),
    existing: Object.fromEntries(rows.map((r) => [r.arendeId, { lastSeq: r.lastSeq, lastHash: r.lastHash }])),
  };
}
