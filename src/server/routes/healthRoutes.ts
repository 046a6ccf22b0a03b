import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { ApiErrorSchema, HealthAnswerSchema } from '../../api/wire/answerSchemas';
import { typedApi } from '../http/typedApi';

type HealthAnswer = Static<typeof HealthAnswerSchema>;

/** Liveness (the process answers) and readiness (the database answers and is migrated). */
export async function healthRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  app.get(
    '/api/health',
    { schema: { summary: 'Processen svarar', response: { 200: HealthAnswerSchema } } },
    async () => ({ ok: true }) satisfies HealthAnswer,
  );
  app.get(
    '/api/ready',
    { schema: { summary: 'Databasen svarar och är migrerad', response: { 200: HealthAnswerSchema, 503: ApiErrorSchema } } },
    async (_req, reply) => {
      const ready = await app.ctx.ready().catch(() => false);
      return reply
        .status(ready ? 200 : 503)
        .send(ready ? { ok: true } : { error: { code: 'not_ready', message: 'Servern når inte databasen just nu.' } });
    },
  );
}
