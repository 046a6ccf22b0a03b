import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerMetrics } from './serverMetrics';

// The routes whose requests write events: their answer time is the commit latency people wait for.
const COMMIT_ROUTES = new Set(['/api/arenden', '/api/arenden/:id/commands', '/api/arenden/:id/jav', '/api/arenden/:id/ersattare']);

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const digest = (s: string) => createHash('sha256').update(s).digest();

/** The right bearer token, or (without a configured token) a request from this machine that no proxy forwarded. */
export function mayReadMetrics(req: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    return timingSafeEqual(digest(given), digest(token));
  }
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined;
}

/** `GET /metrics` (Prometheus text) for operations, and the commit routes' answer times. */
export function metricsRoute(app: FastifyInstance, metrics: ServerMetrics): void {
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url;
    if (req.method === 'POST' && route && COMMIT_ROUTES.has(route))
      metrics.commitAnswered(route, reply.statusCode, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!mayReadMetrics(req, metrics.token))
      return reply.status(403).send({
        error: {
          code: 'forbidden',
          message:
            'Mätvärdena visas bara för driften: med rätt token (Authorization: Bearer, KF_METRICS_TOKEN) eller, utan token, ' +
            'från servern själv.',
        },
      });
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
