/** Why an OpenID Connect sign-in was refused; the sign-in page explains each in Swedish. */
export type OidcRefusal =
  /** The provider vouched for someone the organisation has no person for. */
  | 'okand'
  /** A known person with no role in Kvalitetsflöde now. */
  | 'ingen_roll'
  /** The person cancelled at the provider. */
  | 'avbruten'
  /** No sign-in under way for this browser, or it took longer than ten minutes. */
  | 'utgangen'
  /** The provider's answer did not hold up: issuer, audience, expiry, nonce, signature or PKCE. */
  | 'ogiltig'
  /** The provider could not be reached. */
  | 'otillganglig';

export type OidcOutcome = { ok: true; userId: string } | { ok: false; refusal: OidcRefusal; detail?: string };

/** Sign-in through the kommun's identity provider (authorization code + PKCE). */
export interface OidcSignIn {
  readonly label: string;
  /** Starts a sign-in: where to send the browser, and the state to bind to this browser (a cookie). */
  begin(now: string): Promise<{ url: string; state: string }>;
  /** Checks the provider's answer against what `begin` kept and names the person, or why not. */
  finish(callbackQuery: string, state: string | undefined, now: string): Promise<OidcOutcome>;
}
