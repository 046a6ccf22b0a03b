import type { SessionInfo } from '../api/contract';
import { describeAssignment } from '../kit/roles';

/** The top bar: the product, the demo's badge, who is signed in (her roles for screen readers) and signing out. */
export function AppHeader({ session, signOut }: { session?: SessionInfo; signOut?(everywhere: boolean): void }) {
  return (
    <>
      <a className="skip-link" href="#huvudinnehall">
        Hoppa till innehållet
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Kvalitetsflöde</span>
          {session?.demo && <span className="demo-badge">Demoläge – demoorganisation och demoinloggning</span>}
        </div>
        {session && signOut && (
          <div className="who">
            <span>
              Inloggad som <strong>{session.user.namn}</strong>
              <span className="visually-hidden">
                , {[...new Set(session.user.roles.map((a) => describeAssignment(session.org, a)))].join(', ')}
              </span>
            </span>
            <button type="button" className="link-button" onClick={() => signOut(false)}>
              Logga ut
            </button>
            <button type="button" className="link-button" onClick={() => signOut(true)}>
              Logga ut överallt
            </button>
          </div>
        )}
      </header>
    </>
  );
}
