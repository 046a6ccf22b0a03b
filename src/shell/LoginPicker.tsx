import { useState } from 'react';
import { BackendError } from '../api/Backend';
import type { SessionInfo } from '../api/contract';
import { useBaseServices } from '../kit/services';
import { useLoad } from '../kit/useLoad';
import { ChangePassword } from './ChangePassword';
import { DemoPeople } from './DemoPeople';
import { LocalLogin } from './LocalLogin';
import { OidcLogin } from './OidcLogin';
import { takeOidcRefusal } from './oidcRefusal';

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
  // A one-time code signed in nothing: the new password is asked for before anything else.
  const [oneTime, setOneTime] = useState<{ username: string; password: string }>();
  const signIn = async (session: () => Promise<SessionInfo>, local?: { username: string; password: string }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      onSignedIn(await session());
    } catch (e) {
      if (local && e instanceof BackendError && e.code === 'byt_losenord') setOneTime(local);
      else setProblem((e as Error).message);
      setBusy(false);
    }
  };
  if (oneTime)
    return (
      <ChangePassword
        busy={busy}
        problem={problem}
        onSubmit={(newPassword) => void signIn(() => backend.changePassword(oneTime.username, oneTime.password, newPassword))}
      />
    );
  return (
    <main id="huvudinnehall" className="login">
      <h1>Logga in</h1>
      <OidcLogin refusal={refusal} label={methods.data?.oidc?.label} />
      <LocalLogin
        busy={busy}
        onSubmit={(username, password) => void signIn(() => backend.signInLocal(username, password), { username, password })}
      />
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
        <DemoPeople data={data} busy={busy} problem={problem} onPick={(userId) => void signIn(() => backend.signInDemo(userId))} />
      )}
    </main>
  );
}
