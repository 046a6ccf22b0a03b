import type { FastifyInstance } from 'fastify';

/** Liveness (the process answers) and readiness (the database answers and is migrated). */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/health', { schema: { summary: 'Processen svarar' } }, async () => ({ ok: true }));
  app.get('/api/ready', { schema: { summary: 'Databasen svarar och är migrerad' } }, async (_req, reply) => {
    const ready = await app.ctx.ready().catch(() => false);
    return reply.status(ready ? 200 : 503).send(ready ? { ok: true } : { error: { code: 'not_ready', message: 'Servern når inte databasen just nu.' } });
  });
}
