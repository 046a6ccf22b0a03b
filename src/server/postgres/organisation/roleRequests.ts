import type { Db } from '../Db';
import type { RoleRequest } from '../../../api/contract';
import { isRoleId, ROLE_TITLES } from '../../../engine/internal';
import { ApiFailure } from '../../http/apiError';
import type { SCOPE_TABLES } from './orgLookup';
import { insertAssignment } from './roleAssignments';
import { recordChange } from './recordChange';
import { applyLoginSubject } from './loginSubjectRequest';

const SCOPE_NAME = `coalesce(case r.scope_kind when 'enhet' then (select namn from enheter where id = r.scope_id)
  when 'verksamhet' then (select namn from verksamheter where id = r.scope_id)
  else (select namn from forvaltningar where id = r.scope_id) end, r.scope_id)`;

type Row = {
  id: string;
  user_id: string;
  namn: string;
  role: string | null;
  scope_kind: keyof typeof SCOPE_TABLES | null;
  scope_id: string | null;
  scope_name: string | null;
  login_subject: string | null;
  requested_by: string;
  requested_by_name: string;
  requested_at: string;
};

const SELECT = `select r.id, r.user_id, u.namn, r.role, r.scope_kind, r.scope_id, ${SCOPE_NAME} as scope_name, r.login_subject,
    r.requested_by,
    coalesce(b.namn, r.requested_by) as requested_by_name, r.requested_at
  from role_requests r join users u on u.id = r.user_id left join users b on b.id = r.requested_by`;

const toRequest = (r: Row): RoleRequest => ({
  id: Number(r.id),
  userId: r.user_id,
  namn: r.namn,
  ...(r.login_subject !== null
    ? { inloggningsId: r.login_subject }
    : {
        role: r.role && isRoleId(r.role) ? r.role : 'medarbetare',
        scope: { kind: r.scope_kind ?? 'forvaltning', id: r.scope_id ?? '' },
        scopeName: r.scope_name ?? '',
      }),
  requestedBy: r.requested_by,
  requestedByName: r.requested_by_name,
  requestedAt: r.requested_at,
});

/** What a request asks for, as the change log and the page name it. */
export const requestWhat = (r: RoleRequest): string =>
  r.inloggningsId !== undefined ? `inloggnings-id ${r.inloggningsId}` : `rollen ${ROLE_TITLES[r.role!]} för ${r.scopeName}`;

/** Roles and inloggnings-id waiting for a second person's approval, oldest first. */
export async function pendingRequests(db: Db): Promise<RoleRequest[]> {
  const { rows } = await db.query<Row>(`${SELECT} where r.decision is null order by r.id`);
  return rows.map(toRequest);
}

/**
 * Approves (the role or inloggnings-id takes effect now) or rejects a waiting request. Neither the one who asked nor the
 * person it is for may decide it; whether `by` is an administratör or the förvaltningschef is the route's check.
 */
export async function decideRequest(tx: Db, requestId: number, approve: boolean, by: string, at: string): Promise<void> {
  const { rows } = await tx.query<Row>(`${SELECT} where r.id = $1 and r.decision is null for update of r`, [requestId]);
  const row = rows[0];
  if (!row) throw new ApiFailure(422, 'invalid_data', `Begäran ${requestId} finns inte eller är redan avgjord.`);
  const request = toRequest(row);
  const what = requestWhat(request);
  const isLogin = request.inloggningsId !== undefined;
  if (request.requestedBy === by)
    throw new ApiFailure(
      403,
      'four_eyes',
      `Du begärde själv ${isLogin ? 'inloggnings-id:t' : 'rollen'}. En annan administratör eller förvaltningschefen ska ` +
        `godkänna ${isLogin ? 'det' : 'den'}.`,
    );
  if (request.userId === by)
    throw new ApiFailure(403, 'four_eyes', `Du kan inte godkänna ${isLogin ? 'ett inloggnings-id' : 'en roll'} för dig själv.`);
  const assignmentId = approve ? await carryOut(tx, request, what, by, at) : null;
  await tx.query('update role_requests set decision = $2, decided_by = $3, decided_at = $4, assignment_id = $5 where id = $1', [
    requestId,
    approve ? 'godkand' : 'avslagen',
    by,
    at,
    assignmentId,
  ]);
  const kind = isLogin ? 'inloggnings_id' : 'roll';
  await recordChange(
    tx,
    at,
    by,
    `${kind}_${approve ? 'godkand' : 'avslagen'}`,
    request.userId,
    `Begäran om ${what} för ${request.namn} ${approve ? 'godkändes' : 'avslogs'} (begärd av ${request.requestedByName})`,
    { requestId, assignmentId, ...(request.role ? { role: request.role, scope: request.scope } : { loginSubject: request.inloggningsId }) },
  );
}

/** An approved request takes effect: the role's assignment (its id), or the inloggnings-id (null). */
async function carryOut(tx: Db, request: RoleRequest, what: string, by: string, at: string): Promise<number | null> {
  const { userId, namn } = request;
  if (request.inloggningsId !== undefined) {
    await applyLoginSubject(tx, { userId, namn, loginSubject: request.inloggningsId, by, at });
    return null;
  }
  return insertAssignment(
    tx,
    { userId, role: request.role!, scope: request.scope! },
    by,
    at,
    `${namn} fick ${what} (begärd av ${request.requestedByName}, godkänd)`,
    { requestId: request.id, requestedBy: request.requestedBy },
  );
}
