import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { RoleRequests } from './RoleRequests';
import { useAdminChange } from './useAdminChange';

/** The förvaltningschef's second pair of eyes: roles that read case content wait here for her approval (issue 22). */
export function RoleApprovalPage() {
  const { backend } = useServices();
  const { data, error, reload } = useLoad(() => backend.roleRequests(), [backend]);
  const { status, problems, run } = useAdminChange(reload);
  if (error) return <p role="alert">Rollerna kunde inte läsas: {error.message}</p>;
  if (!data) return <p aria-live="polite">Läser in …</p>;
  return (
    <>
      <h1>Roller att godkänna</h1>
      <p>
        En roll som läser ärenden – enhetschef, verksamhetschef, SAS, förvaltningschef, MAS – och administratörens roll gäller först när
        någon annan än den som begärde den har godkänt den. Detsamma gäller ett nytt eller ändrat inloggnings-id för någon som redan finns:
        det avgör vem som loggar in som vem. Ingen godkänner något för sig själv.
      </p>
      <div aria-live="polite">{status && <p className="success">{status}</p>}</div>
      {problems.length > 0 && (
        <p role="alert" className="rejection">
          {problems.join(' ')}
        </p>
      )}
      <RoleRequests requests={data} backend={backend} run={run} />
    </>
  );
}
