import type { Db } from '../Db';
import type { DatedAssignment, PersonRecord, RoleId } from '../../../engine/internal';

interface PersonRow {
  id: string;
  namn: string;
  assignments: { role: RoleId; kind: DatedAssignment['scope']['kind']; id: string; validFrom: string; validTo: string | null }[];
}

/** Every person with the whole history of their role assignments (a backup is checked against who held what when). */
export async function peopleHistory(db: Db): Promise<PersonRecord[]> {
  const { rows } = await db.query<PersonRow>(
    `select u.id, u.namn, coalesce((select json_agg(json_build_object('role', a.role, 'kind', a.scope_kind, 'id', a.scope_id, 'validFrom',
  a.valid_from, 'validTo', a.valid_to))
        from role_assignments a where a.user_id = u.id), '[]') as assignments from users u`,
  );
  return rows.map((p) => ({
    userId: p.id,
    namn: p.namn,
    assignments: p.assignments.map((a) => ({
      role: a.role,
      scope: { kind: a.kind, id: a.id },
      validFrom: a.validFrom,
      validTo: a.validTo,
    })),
  }));
}
