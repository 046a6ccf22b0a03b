import type { FastifyInstance } from 'fastify';
import type { DemoPeople, SessionInfo, SignInMethods } from '../../api/contract';
import type { Actor, Organisation } from '../../engine/index';
import { ApiFailure } from '../http/apiError';
import { CODE_EXPIRED, SIGN_IN_REFUSED, signInFailures } from '../accounts/signInAnswers';
import { SESSION_COOKIE } from '../http/requestIdentity';
import { startSession } from '../sessions/startSession';
import { MUST_CHANGE, passwordChangeRoute } from './passwordRoutes';
import { DEMO_PASSWORD, demoUsername } from '../demo/demoPeople';
import { typedApi } from '../http/typedApi';
import type { TypedApi } from '../http/typedApi';
import type { ServerContext } from '../ServerContext';
import { DemoSignInBody, LocalSignInBody, SignOutQuery } from '../../api/wire/sessionSchemas';
import { Ok } from '../../api/wire/primitives';
import { DemoPeopleSchema, SessionAnswerSchema, SessionInfoSchema, SignInMethodsSchema } from '../../api/wire/sessionAnswers';

/** Sign-in, the session's person, and sign-out. In the demo a visitor picks a person, through the same sessions. */
export async function sessionRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  sessionReadRoutes(app);
  demoSignInRoutes(app);
  localSignInRoute(app);
  passwordChangeRoute(app);
  signOutRoute(app);
}

async function info(ctx: ServerContext, actor: Actor, org: Organisation): Promise<SessionInfo> {
  return { user: actor, org, people: await ctx.people(), demo: ctx.demo };
}

/** The session's person (or none), and the ways to sign in here. */
function sessionReadRoutes(app: TypedApi): void {
  const { ctx } = app;
  // Not signed in is a normal answer here (the sign-in page follows), not an error.
  app.get(
    '/api/session',
    { schema: { summary: 'Den inloggade personen, eller ingen session', response: { 200: SessionAnswerSchema } } },
    async (req) => {
      const token = req.cookies[SESSION_COOKIE];
      const session = token ? await ctx.sessions.lookup(token, ctx.clock.now()) : undefined;
      if (!session) return { session: null };
      const who = await ctx.engine.principal(session.userId);
      if ('code' in who) throw new ApiFailure(403, who.code, who.message);
      return { session: await info(ctx, who.actor, who.org) };
    },
  );

  app.get(
    '/api/session/methods',
    { schema: { summary: 'Hur man kan logga in på den här servern', response: { 200: SignInMethodsSchema } } },
    async (): Promise<SignInMethods> => ({
      local: !!ctx.accounts,
      ...(ctx.oidc ? { oidc: { label: ctx.oidc.label } } : {}),
      demo: ctx.demo,
    }),
  );
}

/** The demo's people to pick from, and signing in as one of them. */
function demoSignInRoutes(app: TypedApi): void {
  const { ctx } = app;
  app.get(
    '/api/demo/people',
    { schema: { summary: 'Demoorganisationens personer att välja bland', response: { 200: DemoPeopleSchema } } },
    async (): Promise<DemoPeople> => {
      if (!ctx.demo) throw new ApiFailure(404, 'not_found', 'Demoinloggningen är inte påslagen på den här servern.');
      const [people, org] = await Promise.all([ctx.people(), ctx.directory.organisation()]);
      const now = ctx.clock.now();
      const actors = await Promise.all(
        people.filter((p) => ctx.demoUserIds?.has(p.userId)).map((p) => ctx.directory.actorAt(p.userId, now)),
      );
      // Before sign-in: who they are and their roles, not their contact details; their demo accounts' names.
      const demoPeople = actors
        .filter((a): a is Actor => !!a)
        .map(({ userId, namn, roles }) => ({ userId, namn, roles, username: demoUsername(namn) }));
      return { org, people: demoPeople, ...(ctx.accounts ? { password: DEMO_PASSWORD } : {}) };
    },
  );

  app.post(
    '/api/session/demo',
    { schema: { summary: 'Logga in som en av demoorganisationens personer', body: DemoSignInBody, response: { 200: SessionInfoSchema } } },
    async (req, reply) => {
      if (!ctx.demo) throw new ApiFailure(404, 'not_found', 'Demoinloggningen är inte påslagen på den här servern.');
      const { userId } = req.body;
      if (!ctx.demoUserIds?.has(userId))
        throw new ApiFailure(
          403,
          'not_demo_person',
          'Bara demoorganisationens personer kan väljas i listan. Logga in med användarnamn och lösenord.',
        );
      const who = await ctx.engine.principal(userId);
      if ('code' in who) throw new ApiFailure(403, who.code, who.message);
      await startSession(ctx, req, reply, userId, ctx.clock.now());
      return info(ctx, who.actor, who.org);
    },
  );
}

export { SIGN_IN_REFUSED };

/** Signing in with a user name and password, at most ten failures a minute per address (on every instance together). */
function localSignInRoute(app: TypedApi): void {
  const { ctx } = app;
  const failures = signInFailures(ctx.rateLimits);
  app.post(
    '/api/session/local',
    { schema: { summary: 'Logga in med användarnamn och lösenord', body: LocalSignInBody, response: { 200: SessionInfoSchema } } },
    async (req, reply) => {
      if (!ctx.accounts) throw new ApiFailure(404, 'not_found', 'Inloggning med användarnamn och lösenord finns inte på den här servern.');
      const now = ctx.clock.now();
      // The attempt takes a hit before the password is checked, so racing guesses cannot pass the limit; a success gives it back.
      const hit = await failures.take(req.ip, now);
      if (!hit) throw new ApiFailure(429, 'rate_limited', 'För många inloggningsförsök. Vänta en minut och försök igen.');
      const { username, password } = req.body;
      const result = await ctx.accounts.verify(username, password, now);
      // A locked account answers as an unknown name does: the answer never tells whether an account exists.
      if (!result.ok && result.expired) throw new ApiFailure(401, 'code_expired', CODE_EXPIRED);
      if (!result.ok) throw new ApiFailure(401, 'wrong_password', SIGN_IN_REFUSED);
      await hit.giveBack();
      // A one-time code opens nothing but the change to one's own password (issue 22).
      if (result.mustChange) throw MUST_CHANGE();
      const who = await ctx.engine.principal(result.userId);
      if ('code' in who) throw new ApiFailure(403, who.code, who.message);
      await startSession(ctx, req, reply, result.userId, now);
      return info(ctx, who.actor, who.org);
    },
  );
}

/** Signing out, here or everywhere. */
function signOutRoute(app: TypedApi): void {
  const { ctx } = app;
  app.delete(
    '/api/session',
    { schema: { summary: 'Logga ut (med ?overallt=1 överallt)', querystring: SignOutQuery, response: { 200: Ok } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      // "Logga ut överallt": every session of the person ends, on every computer.
      const everywhere = req.query.overallt === '1';
      const session = token ? await ctx.sessions.lookup(token, ctx.clock.now(), { touch: false }) : undefined;
      if (session && everywhere) await ctx.sessions.destroyAllFor(session.userId);
      if (token) await ctx.sessions.destroy(token);
      // Her live streams on this instance close now; other instances hear the sessions' NOTIFY (migration 0025).
      if (session) await ctx.live.recheck(session.userId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
}
