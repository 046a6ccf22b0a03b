import type { SessionInfo } from '../../api/contract';
import { ChangePasswordBody } from '../../api/wire/sessionSchemas';
import { SessionInfoSchema } from '../../api/wire/sessionAnswers';
import { passwordProblem } from '../accounts/passwordPolicy';
import { CODE_EXPIRED, SIGN_IN_REFUSED, signInFailures } from '../accounts/signInAnswers';
import { ApiFailure } from '../http/apiError';
import type { TypedApi } from '../http/typedApi';
import { startSession } from '../sessions/startSession';

/** The sign-in's answer to a one-time code: nothing opens until the person has chosen her own (issue 22). */
export const MUST_CHANGE = () =>
  new ApiFailure(
    403,
    'byt_losenord',
    'Byt lösenord: engångskoden du fick med e-post gäller bara för att välja ett eget. Välj ett nytt lösenord för att logga in.',
  );

/**
 * The person replaces the one-time code with her own password and is signed in: the only thing a one-time code opens.
 * Her other sessions end, so none opened before outlives it.
 */
export function passwordChangeRoute(app: TypedApi): void {
  const { ctx } = app;
  const failures = signInFailures(ctx.rateLimits);
  app.post(
    '/api/session/local/byt-losenord',
    {
      schema: {
        summary: 'Byt engångskoden mot ett eget lösenord och logga in',
        body: ChangePasswordBody,
        response: { 200: SessionInfoSchema },
      },
    },
    async (req, reply): Promise<SessionInfo> => {
      if (!ctx.accounts) throw new ApiFailure(404, 'not_found', 'Inloggning med användarnamn och lösenord finns inte på den här servern.');
      const now = ctx.clock.now();
      const hit = await failures.take(req.ip, now);
      if (!hit) throw new ApiFailure(429, 'rate_limited', 'För många inloggningsförsök. Vänta en minut och försök igen.');
      const { username, password, newPassword } = req.body;
      const result = await ctx.accounts.verify(username, password, now);
      // The same answer as the sign-in's, whether the account is locked or the name unknown.
      if (!result.ok && result.expired) throw new ApiFailure(401, 'code_expired', CODE_EXPIRED);
      if (!result.ok) throw new ApiFailure(401, 'wrong_password', SIGN_IN_REFUSED);
      await hit.giveBack();
      if (!result.mustChange) throw new ApiFailure(409, 'not_one_time', 'Lösenordet är redan ditt eget. Logga in som vanligt.');
      const who = await ctx.engine.principal(result.userId);
      if ('code' in who) throw new ApiFailure(403, who.code, who.message);
      if (newPassword === password) throw new ApiFailure(422, 'invalid_data', 'Välj ett annat lösenord än engångskoden.');
      const problem = passwordProblem(newPassword, { username, namn: who.actor.namn });
      if (problem) throw new ApiFailure(422, 'invalid_data', problem);
      await ctx.accounts.changePassword(result.userId, newPassword, now);
      await ctx.sessions.destroyAllFor(result.userId);
      await startSession(ctx, req, reply, result.userId, now);
      return { user: who.actor, org: who.org, people: await ctx.people(), demo: ctx.demo };
    },
  );
}
