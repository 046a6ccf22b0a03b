import type { Backend } from '../../api/Backend';
import type { RoleRequest } from '../../api/contract';
import { ROLE_TITLES } from '../../engine/index';
import { formatDateTime } from '../../kit/format';
import { useSession } from '../../kit/session';

interface Props {
  requests: readonly RoleRequest[];
  backend: Backend;
  run(done: string, send: () => Promise<unknown>): Promise<boolean>;
}

/**
 * Roles that read case content (and the administratör's) wait here for a second person: another administratör or the
 * förvaltningschef approves or rejects; the one who asked, and the person herself, only see that it waits (issue 22).
 */
export function RoleRequests({ requests, backend, run }: Props) {
  const me = useSession().user.userId;
  if (requests.length === 0) return <p>Inga roller eller inloggnings-id väntar på godkännande.</p>;
  return (
    <table>
      <caption>Roller och inloggnings-id som väntar på godkännande, äldst först</caption>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Vad</th>
          <th scope="col">Begärd av</th>
          <th scope="col">Beslut</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => {
          const what = r.inloggningsId !== undefined ? `inloggnings-id ${r.inloggningsId}` : `${ROLE_TITLES[r.role!]} för ${r.scopeName}`;
          const done = r.inloggningsId !== undefined ? `${r.namn} har nu ${what}.` : `${r.namn} har nu rollen ${what}.`;
          const decide = (approve: boolean) =>
            void run(approve ? done : `Begäran om ${what} för ${r.namn} är avslagen.`, () => backend.decideRoleRequest(r.id, approve));
          return (
            <tr key={r.id}>
              <td>{r.namn}</td>
              <td>{what}</td>
              <td>
                {r.requestedByName}, <time dateTime={r.requestedAt}>{formatDateTime(r.requestedAt)}</time>
              </td>
              <td>
                {r.requestedBy === me || r.userId === me ? (
                  <span className="muted">Väntar på en annan administratör eller förvaltningschefen</span>
                ) : (
                  <>
                    <button type="button" onClick={() => decide(true)} aria-label={`Godkänn ${what} för ${r.namn}`}>
                      Godkänn
                    </button>{' '}
                    <button type="button" className="secondary" onClick={() => decide(false)} aria-label={`Avslå ${what} för ${r.namn}`}>
                      Avslå
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
