import { oidcRefusalText } from './oidcRefusal';

/** The identity provider's refusal, if the person came back refused, and the way to sign in with the kommun's login. */
export function OidcLogin({ refusal, label }: { refusal: string | undefined; label: string | undefined }) {
  return (
    <>
      {refusal && (
        <div role="alert" className="rejection login-refusal">
          <h2>{refusal === 'okand' ? 'Kontakta administratören' : 'Du är inte inloggad'}</h2>
          <p>{oidcRefusalText(refusal)}</p>
        </div>
      )}
      {label && (
        <section aria-labelledby="oidc-inloggning" className="oidc-login">
          <h2 id="oidc-inloggning">Med kommunens inloggning</h2>
          {/* A navigation, not a fetch: the browser goes to the identity provider and comes back. */}
          <a className="button primary" href="/api/session/oidc/start">
            {label}
          </a>
        </section>
      )}
    </>
  );
}
