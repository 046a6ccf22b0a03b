import type { FastifyInstance } from 'fastify';
import { ApiFailure } from '../http/apiError';
import { startSession } from '../sessions/startSession';

const STATE_COOKIE = 'kf_oidc';
const STATE_PATH = '/api/session/oidc';

/**
 * Sign-in through the kommun's identity provider. The browser navigates here (no fetch): start sends
 * it to the provider, the callback opens a session and returns it to the app, or to the sign-in page with why not.
 */
export async function oidcRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/session/oidc/start',
    { schema: { summary: 'Börja logga in via kommunens identitetstjänst (webbläsaren navigerar hit)' } },
    async (req, reply) => {
      if (!ctx.oidc)
        throw new ApiFailure(404, 'not_found', 'Inloggning via kommunens identitetstjänst är inte påslagen på den här servern.');
      let started: { url: string; state: string };
      try {
        started = await ctx.oidc.begin(ctx.clock.now());
      } catch (e) {
        req.log.warn({ err: { message: (e as Error).message } }, 'oidc: identitetstjänsten svarar inte');
        return reply.redirect('/?inloggning=otillganglig');
      }
      reply.setCookie(STATE_COOKIE, started.state, {
        path: STATE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.secureCookies,
        maxAge: 600,
      });
      return reply.redirect(started.url);
    },
  );

  app.get('/api/session/oidc/callback', { schema: { summary: 'Identitetstjänstens svar: öppnar en session' } }, async (req, reply) => {
    if (!ctx.oidc) throw new ApiFailure(404, 'not_found', 'Inloggning via kommunens identitetstjänst är inte påslagen på den här servern.');
    const now = ctx.clock.now();
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const outcome = await ctx.oidc.finish(query, req.cookies[STATE_COOKIE], now);
    reply.clearCookie(STATE_COOKIE, { path: STATE_PATH });
    if (!outcome.ok) {
      // The reason only, never the claim's value: it may be a personnummer-based id.
      req.log.warn({ refusal: outcome.refusal, detail: outcome.detail }, 'oidc: inloggningen nekades');
      return reply.redirect(`/?inloggning=${outcome.refusal}`);
    }
    const who = await ctx.engine.principal(outcome.userId);
    if ('code' in who) return reply.redirect('/?inloggning=ingen_roll');
    await startSession(ctx, req, reply, outcome.userId, now);
    return reply.redirect('/');
  });
}
