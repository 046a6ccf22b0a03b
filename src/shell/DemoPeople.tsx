import type { DemoPeople as People } from '../api/contract';
import { describeAssignment } from '../kit/roles';

/** The demo's people to sign in as, without a password, with their local accounts' password when there is one. */
export function DemoPeople({
  data,
  busy,
  problem,
  onPick,
}: {
  data: People;
  busy: boolean;
  problem: string | undefined;
  onPick(userId: string): void;
}) {
  return (
    <>
      <p className="notice" role="note">
        <strong>Demoläge.</strong> En demoorganisation med påhittade personer. Välj vem du vill vara, utan lösenord – det går bara i demon;
        servern öppnar en vanlig session med den personens roller.
      </p>
      {data.password && (
        <p>
          Demopersonerna har också lokala konton: användarnamnet är förnamnet (till exempel <kbd>{data.people[0]?.username ?? 'anna'}</kbd>)
          och lösenordet är <kbd>{data.password}</kbd>.
        </p>
      )}
      {problem && (
        <p role="alert" className="rejection">
          {problem}
        </p>
      )}
      <ul className="user-list">
        {data.people.map((u) => (
          <li key={u.userId}>
            <button type="button" className="user-card" disabled={busy} onClick={() => onPick(u.userId)}>
              <span className="user-name">{u.namn}</span>
              <span className="user-roles">{[...new Set(u.roles.map((a) => describeAssignment(data.org, a)))].join(', ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
