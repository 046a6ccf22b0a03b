import type { FastifyInstance } from 'fastify';
import { may } from '../../api/access';
import type { AccessLogAnswer } from '../../api/contract';
import { forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import { ACCESS_LOG_BODY } from './schemas';

/** Loggkontroll: the SAS and the administratör search who opened, printed or exported an ärende. */
export async function accessLogRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  app.post('/api/access-log/search', { schema: { body: ACCESS_LOG_BODY } }, async (req) => {
    const { actor } = whoOf(req);
    if (!may(actor, 'accessLog')) throw forbidden('Loggkontrollen görs av SAS och administratören.');
    const body = req.body as { arende?: string; userId?: string; before?: number; limit?: number };
    const page = await ctx.accessLog.search({
      ...(body.arende ? { arende: body.arende } : {}),
      ...(body.userId ? { userId: body.userId } : {}),
      ...(body.before ? { before: body.before } : {}),
      limit: body.limit ?? 50,
    });
    return page satisfies AccessLogAnswer;
  });
}
