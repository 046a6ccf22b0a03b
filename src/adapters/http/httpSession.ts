import { BackendError } from '../../api/Backend';
import type { DefinitionsAnswer, DemoPeople, SessionInfo, SignInMethods } from '../../api/contract';
import type { Static } from 'typebox';
import type { LoginBody } from '../../api/wire/organisationSchemas';
import type { ChangePasswordBody, DemoSignInBody, LocalSignInBody } from '../../api/wire/sessionSchemas';
import { forgetUser } from '../dexie/forgetUser';
import type { OpenDb } from '../dexie/KvalitetsDb';
import { onUnauthenticated, request } from './request';

const enc = encodeURIComponent;

/**
 * Sign-in and the session on the browser's side. Whoever signs in gets the definitions registered and the
 * outbox sent (`onSignedIn`); whoever leaves, or loses the session, leaves no drafts or cache behind.
 */
export function httpSession(
  db: OpenDb,
  onSignedIn: (definitions?: DefinitionsAnswer['definitions']) => Promise<void>,
  closeLive: () => void,
) {
  let userId: string | undefined;

  async function signedIn(info: SessionInfo, definitions?: DefinitionsAnswer['definitions']): Promise<SessionInfo> {
    userId = info.user.userId;
    await onSignedIn(definitions);
    return info;
  }

  /** Nothing of the person's drafts or cached lists stays behind on a shared computer. */
  async function forgetLocal(): Promise<void> {
    const user = userId;
    userId = undefined;
    if (user) await forgetUser(await db(), user);
  }

  return {
    /** The signed-in person (drafts are saved as theirs). */
    userId: () => userId,

    async session(): Promise<SessionInfo | null> {
      // Both at once on a cold start: the definitions are needed as soon as a session is found (a 401 is simply no session).
      const [{ session }, defs] = await Promise.all([
        request<{ session: SessionInfo | null }>('GET', '/api/session'),
        request<Partial<DefinitionsAnswer>>('GET', '/api/definitions', undefined, [401]).catch(() => undefined),
      ]);
      return session ? signedIn(session, defs?.definitions) : null;
    },

    signInMethods: (): Promise<SignInMethods> => request<SignInMethods>('GET', '/api/session/methods'),

    async demoPeople(): Promise<DemoPeople | undefined> {
      try {
        return await request<DemoPeople>('GET', '/api/demo/people');
      } catch (e) {
        if (e instanceof BackendError && e.status === 404) return undefined;
        throw e;
      }
    },

    signInDemo: async (user: string): Promise<SessionInfo> =>
      signedIn(await request<SessionInfo>('POST', '/api/session/demo', { userId: user } satisfies Static<typeof DemoSignInBody>)),

    signInLocal: async (username: string, password: string): Promise<SessionInfo> =>
      signedIn(await request<SessionInfo>('POST', '/api/session/local', { username, password } satisfies Static<typeof LocalSignInBody>)),

    changePassword: async (username: string, password: string, newPassword: string): Promise<SessionInfo> =>
      signedIn(
        await request<SessionInfo>('POST', '/api/session/local/byt-losenord', {
          username,
          password,
          newPassword,
        } satisfies Static<typeof ChangePasswordBody>),
      ),

    async setLogin(user: string, username: string): Promise<void> {
      await request('POST', `/api/admin/personer/${enc(user)}/inloggning`, { username } satisfies Static<typeof LoginBody>);
    },

    async signOut(opts: { everywhere?: boolean } = {}): Promise<void> {
      closeLive();
      try {
        await request('DELETE', opts.everywhere ? '/api/session?overallt=1' : '/api/session');
      } finally {
        await forgetLocal();
      }
    },

    /** When the session ends (idle or absolute timeout, signed out elsewhere), the person's drafts and cache go too. */
    onSessionLost: (cb: () => void): (() => void) => onUnauthenticated(() => void forgetLocal().finally(cb)),
  };
}
