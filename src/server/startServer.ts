import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { createAjvValidator } from '../adapters/ajv/createAjvValidator';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../adapters/catalog/diskCatalog';
import { randomIds } from '../adapters/system/ids';
import { nodeHasher } from '../adapters/system/nodeHasher';
import { systemClock } from '../adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from './demo/demoPeople';
import type { Clock } from '../engine/internal';
import type { ServerConfig } from './config';
import { buildApp } from './http/buildApp';
import type { AppOptions } from './http/buildApp';
import { openPostgresContext } from './postgresContext';
import { REGISTRY } from '../processes/packs';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  context: Awaited<ReturnType<typeof openPostgresContext>>;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database, wires the engine and listens: the one start-up path of `npm start`, the tests and the benchmarks. */
export async function startServer(config: ServerConfig, opts: AppOptions & { clock?: Clock } = {}): Promise<RunningServer> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const context = await openPostgresContext(config, {
    clock: opts.clock ?? systemClock,
    ids: randomIds,
    hasher: nodeHasher,
    validator: createAjvValidator(),
    catalog: loadCatalogFromDisk(REGISTRY),
    definitions: loadShippedDefinitions(),
    demoOrg: { org: DEMO_ORG, users: DEMO_USERS },
  });
  const app = await buildApp(context.server, { trustProxy: config.trustProxy, ...opts });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // The log is checked at every start, in the background (readiness does not wait): incremental after a clean stop,
  // else whole; the SAS sees a whole check under "Kontroll av loggen"; the log line carries counts only, never content.
  const stopCheck = new AbortController();
  const startupCheck = context.server.integrity.atStart(stopCheck.signal).then(
    (r) =>
      r.ok
        ? app.log.info(
            { kind: r.kind, arenden: r.arenden, events: r.events, ms: Math.round(r.ms), why: r.why },
            'integrity check at start: ok',
          )
        : app.log.error(
            { kind: r.kind, arenden: r.arenden, events: r.events, problems: r.problems },
            'integrity check at start found problems',
          ),
    (e: unknown) => {
      if (!stopCheck.signal.aborted) app.log.error({ err: e }, 'integrity check at start could not run');
    },
  );
  context.notifier.logTo((obj, msg) => app.log.warn(obj, msg));
  context.notifier.start();
  let closed: Promise<void> | undefined;
  return {
    app,
    url: `http://${config.host}:${port}`,
    context,
    close() {
      closed ??= (async () => {
        context.server.live.closeAll();
        stopCheck.abort();
        await app.close();
        await startupCheck;
        await context.close();
      })();
      return closed;
    },
  };
}
