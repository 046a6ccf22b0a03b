import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../http/requestIdentity';
import type { ServerContext } from '../ServerContext';

/** Opens a session after any sign-in (demo, password, identity provider) and sets its cookie. */
export async function startSession(
  ctx: ServerContext,
  req: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  now: string,
): Promise<void> {
  // A new token at every sign-in: a token planted before sign-in is never promoted.
  const old = req.cookies[SESSION_COOKIE];
  if (old) await ctx.sessions.destroy(old);
  const { token, expiresAt } = await ctx.sessions.create(userId, now);
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.secureCookies,
    expires: new Date(expiresAt),
  });
}
