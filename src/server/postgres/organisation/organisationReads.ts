import type { Db } from '../Db';
import type { OrganisationChange, OrganisationPerson } from '../../../api/contract';
import type { PersonContact } from '../../organisation/OrganisationAdmin';

/** Everyone with the roles they hold at `at`, by name. */
export async function readPeople(db: Db, at: string): Promise<OrganisationPerson[]> {
  const { rows } = await db.query<OrganisationPerson & { assignments: OrganisationPerson['assignments'] }>(
    `select u.id as "userId", u.namn, u.titel, u.telefon, u.epost, u.login_subject as "inloggningsId",
       coalesce((select json_agg(json_build_object('id', ra.id, 'role', ra.role, 'scope', json_build_object('kind', ra.scope_kind,
         'id', ra.scope_id), 'from', ra.valid_from) order by ra.id)
                 from role_assignments ra where ra.user_id = u.id and ra.valid_from <= $1 and (ra.valid_to is null or ra.valid_to >
                   $1)), '[]') as assignments
     from users u order by u.namn, u.id`,
    [at],
  );
  return rows.map((r) => ({
    userId: r.userId,
    namn: r.namn,
    ...(r.titel ? { titel: r.titel } : {}),
    ...(r.telefon ? { telefon: r.telefon } : {}),
    ...(r.epost ? { epost: r.epost } : {}),
    ...(r.inloggningsId ? { inloggningsId: r.inloggningsId } : {}),
    assignments: r.assignments.map((a) => ({ ...a, id: Number(a.id) })),
  }));
}

/** The latest changes of the organisation, newest first. */
export async function readChanges(db: Db, limit: number): Promise<OrganisationChange[]> {
  const { rows } = await db.query<{ id: string; at: string; by_user: string; kind: string; subject: string; data: { text: string } }>(
    'select id, at, by_user, kind, subject, data from organisation_changes order by id desc limit $1',
    [limit],
  );
  return rows.map((r): OrganisationChange => ({
    id: Number(r.id),
    at: r.at,
    by: r.by_user,
    kind: r.kind,
    subject: r.subject,
    text: r.data.text,
  }));
}

/** A person's name and e-mail address (where her one-time code goes), or undefined when there is no such person. */
export async function readContact(db: Db, userId: string): Promise<PersonContact | undefined> {
  const { rows } = await db.query<{ namn: string; epost: string | null; by_user: string | null; at: string | null }>(
    `select u.namn, u.epost, c.by_user, c.at from users u left join lateral (select by_user, at from organisation_changes
      where kind = 'epost' and subject = u.id order by id desc limit 1) c on true where u.id = $1`,
    [userId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const epost = row.epost?.trim();
  return {
    namn: row.namn,
    ...(epost ? { epost } : {}),
    ...(row.by_user && row.at ? { epostAndrad: { by: row.by_user, at: row.at } } : {}),
  };
}
