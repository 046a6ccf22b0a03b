import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { Db } from '../postgres/Db';
import { pgOidcLogins } from '../postgres/oidc/pgOidcLogins';
import type { OidcConfig } from '../config';
import type { OidcOutcome, OidcSignIn } from './OidcSignIn';

/** A sign-in left unfinished longer than this is refused (and its row removed). */
const PENDING_MS = 10 * 60_000;

const hashState = (state: string) => createHash('sha256').update(state).digest('base64url');

/**
 * OpenID Connect with `openid-client`: the provider's metadata is discovered on first use (and again
 * after a failure); state, nonce and PKCE verifier wait in PostgreSQL so any instance can finish.
 */
export function openidSignIn(db: Db, config: OidcConfig): OidcSignIn {
  const logins = pgOidcLogins(db);
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= discover(config).catch((e: unknown) => {
      discovered = undefined;
      throw e;
    });
    return discovered;
  };

  return {
    label: config.label,

    async begin(now) {
      const server = await configuration();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      await logins.begin(hashState(state), codeVerifier, nonce, now, new Date(Date.parse(now) - PENDING_MS).toISOString());
      const url = client.buildAuthorizationUrl(server, {
        redirect_uri: config.redirectUri,
        scope: config.scope,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, state };
    },

    async finish(callbackQuery, state, now): Promise<OidcOutcome> {
      const params = new URLSearchParams(callbackQuery);
      const returned = params.get('state');
      // Single use: the row goes whatever the outcome, so a replayed answer finds nothing.
      const pending = returned ? await logins.take(hashState(returned)) : undefined;
      if (params.get('error') === 'access_denied') return { ok: false, refusal: 'avbruten' };
      // The state must be the one this browser started with (its cookie): no sign-in planted from elsewhere.
      if (!pending || !state || state !== returned || Date.parse(now) - Date.parse(pending.created_at) > PENDING_MS)
        return { ok: false, refusal: 'utgangen' };
      let server: client.Configuration;
      try {
        server = await configuration();
      } catch (e) {
        return { ok: false, refusal: 'otillganglig', detail: (e as Error).message };
      }
      const currentUrl = new URL(config.redirectUri);
      currentUrl.search = params.toString();
      let claims: client.IDToken | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(server, currentUrl, {
          pkceCodeVerifier: pending.code_verifier,
          expectedState: state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (e) {
        return { ok: false, refusal: 'ogiltig', detail: (e as Error).message };
      }
      const subject = claims?.[config.claim];
      if (typeof subject !== 'string' || subject === '')
        return { ok: false, refusal: 'ogiltig', detail: `ID-token saknar anspråket ${config.claim}` };
      const userId = await logins.userIdBySubject(subject);
      return userId ? { ok: true, userId } : { ok: false, refusal: 'okand' };
    },
  };
}

async function discover(config: OidcConfig): Promise<client.Configuration> {
  const issuer = new URL(config.issuer);
  // Plain http only for a provider on this machine (a test IdP); anything else must be https.
  const loopback = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  return client.discovery(
    issuer,
    config.clientId,
    config.clientSecret,
    config.clientSecret ? undefined : client.None(),
    loopback ? { execute: [client.allowInsecureRequests] } : undefined,
  );
}
