import type { Db } from '../Db';
import type { RoleInput } from '../../../api/contract';
import { isRoleId, ROLE_TITLES } from '../../../engine/internal';
import type { RoleId } from '../../../engine/internal';
import { ApiFailure } from '../../http/apiError';
import { SELF_GRANT_REFUSED } from '../../organisation/approvalRoles';
import { namnOf, SCOPE_NOUNS, SCOPE_TABLES, unknown } from './orgLookup';
import { recordChange } from './recordChange';

/** A role given at once (`id`), or asked for and waiting for a second person's approval (`requestId`). */
export type RoleGiven = { id: number } | { requestId: number };

/**
 * A role for a person in an enhet, a verksamhet or the whole förvaltning, from `at`. Nobody gives herself a role; a role
 * in `approval` becomes a request that another administratör or the förvaltningschef decides (issue 22).
 */
export async function assignRole(tx: Db, input: RoleInput, by: string, at: string, approval: ReadonlySet<RoleId>): Promise<RoleGiven> {
  if (input.userId === by) throw new ApiFailure(403, 'self_grant', SELF_GRANT_REFUSED);
  const person = await namnOf(tx, 'users', input.userId);
  if (!person) throw unknown('Personen', input.userId);
  const scope = await namnOf(tx, SCOPE_TABLES[input.scope.kind], input.scope.id);
  if (!scope) throw unknown(SCOPE_NOUNS[input.scope.kind], input.scope.id);
  const what = `rollen ${ROLE_TITLES[input.role]} för ${scope}`;
  if (!approval.has(input.role)) return { id: await insertAssignment(tx, input, by, at, `${person} fick ${what}`) };
  const { rows } = await tx.query<{ id: string }>(
    `insert into role_requests (user_id, role, scope_kind, scope_id, requested_by, requested_at) values ($1, $2, $3, $4, $5, $6)
     on conflict (user_id, role, scope_kind, scope_id) where decision is null do nothing returning id`,
    [input.userId, input.role, input.scope.kind, input.scope.id, by, at],
  );
  if (!rows[0]) throw new ApiFailure(409, 'conflict', `${person} väntar redan på godkännande av ${what}.`);
  const requestId = Number(rows[0].id);
  await recordChange(tx, at, by, 'roll_begard', input.userId, `${person} föreslogs för ${what} (väntar på godkännande)`, {
    requestId,
    role: input.role,
    scope: input.scope,
  });
  return { requestId };
}

/** The assignment row and its change, by whoever gave it (or approved it). */
export async function insertAssignment(tx: Db, input: RoleInput, by: string, at: string, text: string, data: object = {}): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into role_assignments (user_id, role, scope_kind, scope_id, valid_from) values ($1, $2, $3, $4, $5) returning id',
    [input.userId, input.role, input.scope.kind, input.scope.id, at],
  );
  const id = Number(rows[0]!.id);
  await recordChange(tx, at, by, 'roll_tilldelad', input.userId, text, { assignmentId: id, role: input.role, scope: input.scope, ...data });
  return id;
}

/** A role ends at `at` (its row stays, with `valid_to`); one already ended is an error. */
export async function endRole(tx: Db, assignmentId: number, by: string, at: string): Promise<void> {
  const { rows } = await tx.query<{
    user_id: string;
    role: string;
    scope_kind: keyof typeof SCOPE_TABLES;
    scope_id: string;
    namn: string;
  }>(
    `update role_assignments ra set valid_to = $2 from users u
       where ra.id = $1 and ra.user_id = u.id and ra.valid_to is null returning ra.user_id, ra.role, ra.scope_kind, ra.scope_id,
         u.namn`,
    [assignmentId, at],
  );
  const ended = rows[0];
  if (!ended) throw new ApiFailure(422, 'invalid_data', `Rolltilldelningen ${assignmentId} finns inte eller har redan avslutats.`);
  const scope = (await namnOf(tx, SCOPE_TABLES[ended.scope_kind], ended.scope_id)) ?? ended.scope_id;
  const role = isRoleId(ended.role) ? ROLE_TITLES[ended.role] : ended.role;
  await recordChange(tx, at, by, 'roll_avslutad', ended.user_id, `${ended.namn} har inte längre rollen ${role} för ${scope}`, {
    assignmentId,
    role: ended.role,
  });
}
