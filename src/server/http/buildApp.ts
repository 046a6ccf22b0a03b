import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { IntegrityError } from '../../engine/internal';
import type { ServerContext } from '../ServerContext';
import { accessLogRoutes } from '../routes/accessLogRoutes';
import { arendeRoutes } from '../routes/arendeRoutes';
import { javRoutes } from '../routes/javRoutes';
import { listRoutes } from '../routes/listRoutes';
import { oidcRoutes } from '../routes/oidcRoutes';
import { organisationRoutes } from '../routes/organisationRoutes';
import { backupRoutes } from '../routes/backupRoutes';
import { beslutRoutes } from '../routes/beslutRoutes';
import { definitionRoutes } from '../routes/definitionRoutes';
import { healthRoutes } from '../routes/healthRoutes';
import { metricsRoute } from '../metrics/metricsRoute';
import { readingRoutes } from '../routes/readingRoutes';
import { notificationRoutes } from '../routes/notificationRoutes';
import { reportRoutes } from '../routes/reportRoutes';
import { sessionRoutes } from '../routes/sessionRoutes';
import { streamRoutes } from '../routes/streamRoutes';
import { ApiFailure, unauthenticated } from './apiError';
import { openApi } from './openApi';
import { securityHeaders } from './securityHeaders';
import { compressAnswers } from './compressAnswers';
import { swedishValidation } from './swedishValidation';
import { textGuard } from './textGuard';
import { intakeRoutes } from '../routes/intakeRoutes';
import { publicIntakeRoutes } from '../routes/publicIntakeRoutes';

import { CLIENT_HEADER, SESSION_COOKIE } from './requestIdentity';

export { CLIENT_HEADER, SESSION_COOKIE, whoOf } from './requestIdentity';

export interface AppOptions {
  /** Pino logger settings, or false in tests. */
  logger?: boolean | object;
  bodyLimit?: number;
  /** Behind a load balancer: whose X-Forwarded-For gives `req.ip` (the rate limits are per address). */
  trustProxy?: number | string | false;
  /** Told of every route as it is registered (the test that the API description names them all). */
  onRoute?: (route: RouteOptions) => void;
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** The HTTP API and the built app, over a context that holds no state of its own. */
export async function buildApp(ctx: ServerContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 1_048_576,
    // A hop count trusts that many proxies nearest the server (Fastify's types take it only as a function).
    trustProxy: typeof opts.trustProxy === 'number' ? trustHops(opts.trustProxy) : (opts.trustProxy ?? false),
    // Refuse what the schema does not name (a claimed actor is an error, not silently dropped); no coercion.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    // A URL that is not valid percent-encoding is answered in Swedish, like every other error.
    frameworkErrors: (error: FastifyError, _req: FastifyRequest, reply: FastifyReply) =>
      reply.status(400).send({ error: { code: error.code, message: 'Adressen är inte giltig. Kontrollera länken och försök igen.' } }),
  });
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  // Answer schemas describe and type the answers; they never cut one (an engine-shaped object is described, not listed).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(cookie);
  securityHeaders(app);
  compressAnswers(app);

  app.decorate('ctx', ctx);

  csrfCheck(app);
  textGuard(app);
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/'))
      return reply.status(404).send({ error: { code: 'not_found', message: 'Det finns ingen sådan adress i Kvalitetsflödes API.' } });
    // The app's own routes live after `#`; anything else gets the app (which shows its own "hittades inte").
    if (ctx.staticRoot) return reply.sendFile('index.html');
    return reply.status(404).send('Hittades inte');
  });

  if (ctx.metrics) metricsRoute(app, ctx.metrics);
  await registerRoutes(app, ctx);
  if (ctx.staticRoot && existsSync(ctx.staticRoot))
    await app.register(fastifyStatic, {
      root: ctx.staticRoot,
      index: 'index.html',
      // Brotli or gzip written at build time; hashed assets never change, index.html is asked for anew.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) =>
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  return app;
}

/** Every state-changing request: JSON (or no body) and our header, else refused before any handler runs. */
function csrfCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    // The matched route, not the raw URL (`/%61pi/…` routes to `/api/…`); an unmatched one is a 404 that runs nothing.
    if (!req.routeOptions.url?.startsWith('/api/')) return;
    if (req.headers[CLIENT_HEADER] !== '1')
      throw new ApiFailure(
        403,
        'csrf',
        'Förfrågan saknar Kvalitetsflödes kontrollhuvud och har inte utförts. Ladda om sidan och försök igen.',
      );
    if (!isJsonOrNone(req.headers['content-type']))
      throw new ApiFailure(
        415,
        'unsupported_media_type',
        'Förfrågan måste skickas som JSON (Content-Type: application/json). Inget har utförts.',
      );
  });
}

/**
 * Every state-changing route takes JSON, the ones with files too: the CSV import (`/api/admin/organisation/import`, the
 * file's text inside JSON), the backup import (`/api/backup/import`) and the public form (`/api/offentlig/:processType`).
 */
function isJsonOrNone(contentType: string | undefined): boolean {
  if (contentType === undefined) return true;
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  return media === 'application/json';
}

/** Every error answered in Swedish with a code: ours, a broken chain, a schema's, Fastify's own, the database's, or an unknown one. */
function answerError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiFailure)
    return reply.status(error.status).send({ error: { code: error.code, message: error.message, ...error.extra } });
  if (error instanceof IntegrityError) {
    req.log.error({ arendeId: error.arendeId, seq: error.seq }, 'integritetsfel');
    return reply.status(500).send({
      error: {
        code: 'integrity',
        message: `${error.message} Kontakta SAS eller administratören; ärendet visas inte förrän felet är utrett.`,
      },
    });
  }
  if (error.validation) {
    const details = swedishValidation(error.validation, error.validationContext ?? 'body');
    return reply.status(400).send({ error: { code: 'invalid_request', message: details[0] ?? 'Förfrågan är inte giltig.', details } });
  }
  const known = KNOWN[error.code];
  if (known) return reply.status(known[0]).send({ error: { code: error.code, message: known[1] } });
  if ((error as { code?: string }).code === 'db_unavailable' || error.name === 'DbUnavailableError')
    return reply
      .status(503)
      .send({ error: { code: 'db_unavailable', message: 'Databasen svarar inte just nu. Försök igen om en stund.' } });
  req.log.error({ err: { name: error.name, code: error.code, stack: error.stack } }, 'oväntat fel');
  return reply
    .status(500)
    .send({ error: { code: 'internal', message: 'Något gick fel på servern. Inget har sparats av det du skickade. Försök igen.' } });
}

/** The API's routes: the open ones first, then those that need a signed-in person whom the organisation knows now. */
async function registerRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  await openApi(app);
  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(oidcRoutes);
  await app.register(publicIntakeRoutes);
  await app.register(async (api) => {
    // Everything below needs a signed-in person whom the organisation knows now.
    api.addHook('preHandler', async (req) => {
      const token = req.cookies[SESSION_COOKIE];
      if (!token) throw unauthenticated();
      const session = await ctx.sessions.lookup(token, ctx.clock.now());
      if (!session) throw unauthenticated();
      const who = await ctx.engine.principal(session.userId);
      if ('code' in who) throw new ApiFailure(403, who.code, who.message);
      req.who = who;
    });
    await api.register(arendeRoutes);
    await api.register(javRoutes);
    await api.register(listRoutes);
    await api.register(definitionRoutes);
    await api.register(beslutRoutes);
    await api.register(reportRoutes);
    await api.register(backupRoutes);
    await api.register(accessLogRoutes);
    await api.register(readingRoutes);
    await api.register(organisationRoutes);
    await api.register(streamRoutes);
    await api.register(intakeRoutes);
    await api.register(notificationRoutes);
  });
}

const KNOWN: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Förfrågan måste skickas som JSON (Content-Type: application/json).'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'Förfrågan är för stor. Inget har sparats.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'Förfrågan saknar innehåll (tom JSON).'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'Förfrågan är inte giltig JSON. Inget har sparats.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Förfrågans längd stämmer inte med innehållet.'],
  // A path that leaves the app's folder (`..`, `\`, NUL): refused by the static files, not an error of ours to log.
  FST_STATIC_FORBIDDEN_PATH: [403, 'Adressen är inte tillåten.'],
};

declare module 'fastify' {
  interface FastifyInstance {
    ctx: ServerContext;
  }
}
