import type { Actor } from '../../engine/index';
import { useServices } from './services';
import { describeAssignment } from './roles';

/** The local demo mode's sign-in: pick a demo user. Clearly not real authentication. */
export function LoginPicker({ onPick }: { onPick(user: Actor): void }) {
  const { users, org } = useServices();
  return (
    <main id="huvudinnehall" className="login">
      <h1>Logga in som …</h1>
      <p className="notice" role="note">
        <strong>Demoläge.</strong> Allt sparas bara i den här webbläsaren. Välj en demoanvändare för att se Kvalitetsflöde med
        hennes eller hans roller. Det här är inte en riktig inloggning.
      </p>
      <ul className="user-list">
        {users.map((u) => (
          <li key={u.userId}>
            <button type="button" className="user-card" onClick={() => onPick(u)}>
              <span className="user-name">{u.namn}</span>
              <span className="user-roles">{[...new Set(u.roles.map((a) => describeAssignment(org, a)))].join(', ')}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
