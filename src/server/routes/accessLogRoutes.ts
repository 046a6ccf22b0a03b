import type { FastifyInstance } from 'fastify';
import { may } from '../../api/access';
import type { AccessLogAnswer } from '../../api/contract';
import { forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { typedApi } from '../http/typedApi';
import { AccessLogBody } from '../../api/wire/accessSchemas';
import { AccessLogAnswerSchema } from '../../api/wire/serviceAnswers';

/** Loggkontroll: the SAS and the administratör search who opened, printed or exported an ärende. */
export async function accessLogRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  const { ctx } = app;
  app.post(
    '/api/access-log/search',
    {
      schema: {
        summary: 'Loggkontroll: sök vem som läst, skrivit ut eller exporterat',
        body: AccessLogBody,
        response: { 200: AccessLogAnswerSchema },
      },
    },
    async (req) => {
      const { actor } = whoOf(req);
      if (!may(actor, 'accessLog')) throw forbidden('Loggkontrollen görs av SAS och administratören.');
      const body = req.body;
      const page = await ctx.accessLog.search({
        ...(body.arende ? { arende: body.arende } : {}),
        ...(body.userId ? { userId: body.userId } : {}),
        ...(body.before ? { before: body.before } : {}),
        limit: body.limit ?? 50,
      });
      return page satisfies AccessLogAnswer;
    },
  );
}
