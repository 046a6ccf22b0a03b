import type { ActionOption } from '../../engine/index';
import { ROLE_TITLES } from '../../engine/index';
import type { RoleId } from '../../engine/index';
import { enhetName } from '../../kit/labels';
import { useServices } from '../../kit/services';

/** Why the current step shows no form: the guard's or jäv's reasons, or who performs it instead. */
export function WhyNot({ option, role, enhetId }: { option: ActionOption | undefined; role: RoleId | undefined; enhetId: string }) {
  const { org } = useServices();
  const why = option?.why;
  return (
    <div className="why-not">
      {why && (why.code === 'guard_failed' || why.code === 'jav') ? (
        <>
          <p>{why.code === 'jav' ? 'Du får inte utföra steget:' : 'Steget kan inte slutföras ännu:'}</p>
          <ul>
            {(why.reasons?.length ? why.reasons : [why.message]).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            Steget utförs av <strong>{role ? ROLE_TITLES[role] : 'ansvarig'}</strong> för {enhetName(org, enhetId)}.
          </p>
          {why && <p>{why.message}</p>}
        </>
      )}
    </div>
  );
}
