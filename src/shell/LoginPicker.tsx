import { useState } from 'react';
import type { SessionInfo } from '../api/contract';
import { oidcRefusalText, takeOidcRefusal } from './oidcRefusal';
import { useBaseServices } from '../kit/services';
import { describeAssignment } from '../kit/roles';
import { useLoad } from '../kit/useLoad';

/**
 * Sign-in: the kommun's identity provider (when configured), a local account, and in the demo a
 * visitor picks a person; every way opens a real server-side session.
 */
export function LoginPicker({ onSignedIn }: { onSignedIn(info: SessionInfo): void }) {
  const { backend } = useBaseServices();
  const { data, error } = useLoad(() => backend.demoPeople(), [backend]);
  const methods = useLoad(() => backend.signInMethods(), [backend]);
  // Read once: the provider's refusal arrives in the address and is removed from it at once.
  const [refusal] = useState(takeOidcRefusal);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const pick = async (userId: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      onSignedIn(await backend.signInDemo(userId));
    } catch (e) {
      setProblem((e as Error).message);
      setBusy(false);
    }
  };
  const signInLocal = async (form: HTMLFormElement) => {
    const fields = new FormData(form);
    setBusy(true);
    setProblem(undefined);
    try {
      onSignedIn(await backend.signInLocal(String(fields.get('username') ?? ''), String(fields.get('password') ?? '')));
    } catch (e) {
      setProblem((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <main id="huvudinnehall" className="login">
      <h1>Logga in</h1>
      {refusal && (
        <div role="alert" className="rejection login-refusal">
          <h2>{refusal === 'okand' ? 'Kontakta administratören' : 'Du är inte inloggad'}</h2>
          <p>{oidcRefusalText(refusal)}</p>
        </div>
      )}
      {methods.data?.oidc && (
        <section aria-labelledby="oidc-inloggning" className="oidc-login">
          <h2 id="oidc-inloggning">Med kommunens inloggning</h2>
          {/* A navigation, not a fetch: the browser goes to the identity provider and comes back. */}
          <a className="button primary" href="/api/session/oidc/start">
            {methods.data.oidc.label}
          </a>
        </section>
      )}
      <form
        className="admin-form local-login"
        aria-labelledby="lokal-inloggning"
        onSubmit={(e) => {
          e.preventDefault();
          void signInLocal(e.currentTarget);
        }}
      >
        <h2 id="lokal-inloggning">Med användarnamn och lösenord</h2>
        <div className="admin-field">
          <label htmlFor="login-username">Användarnamn</label>
          <input id="login-username" name="username" autoComplete="username" required maxLength={200} />
        </div>
        <div className="admin-field">
          <label htmlFor="login-password">Lösenord</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required maxLength={200} />
        </div>
        <button type="submit" disabled={busy}>
          Logga in
        </button>
      </form>
      {problem && !data && (
        <p role="alert" className="rejection">
          {problem}
        </p>
      )}
      {error && <p role="alert">Inloggningen kunde inte visas: {error.message}</p>}
      {!data && !error && <p aria-live="polite">Läser in …</p>}
      {data === undefined && !error ? null : !data ? (
        <p>Den här servern har ingen demoinloggning. Logga in med din organisations konto.</p>
      ) : (
        <>
          <p className="notice" role="note">
            <strong>Demoläge.</strong> En demoorganisation med påhittade personer. Välj vem du vill vara, utan lösenord – det går bara i demon;
            servern öppnar en vanlig session med den personens roller.
          </p>
          {data.password && (
            <p>
              Demopersonerna har också lokala konton: användarnamnet är förnamnet (till exempel <kbd>{data.people[0]?.username ?? 'anna'}</kbd>) och lösenordet är{' '}
              <kbd>{data.password}</kbd>.
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
                <button type="button" className="user-card" disabled={busy} onClick={() => void pick(u.userId)}>
                  <span className="user-name">{u.namn}</span>
                  <span className="user-roles">{[...new Set(u.roles.map((a) => describeAssignment(data.org, a)))].join(', ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
