import { readConfig } from './config';
import { startServer } from './startServer';

/** Starts one stateless server instance: database, migrations, engine, HTTP; stops gracefully on SIGTERM/SIGINT. */
async function main() {
  const config = readConfig();
  const started = Date.now();
  const server = await startServer(config, {
    logger: {
      level: config.logLevel,
      // Never log cookies, bodies or anything a person typed; URLs carry only ids.
      redact: ['req.headers.cookie', 'res.headers["set-cookie"]', 'req.headers.authorization'],
    },
  });
  const { app, context: ctx } = server;
  app.log.info(
    { ms: Date.now() - started, database: config.databaseUrl ? 'postgresql' : 'pglite', demo: config.demo },
    'Kvalitetsflöde har startat',
  );
  // The integrity of every chain and signature is checked at start; the SAS sees the result.
  void ctx.server.integrity.run().then(
    (r) =>
      app.log[r.ok ? 'info' : 'error'](
        { ok: r.ok, arenden: r.arenden, events: r.events, problems: r.problems.length },
        'kontroll av loggen vid start',
      ),
    (e: Error) => app.log.error({ err: e.message }, 'kontrollen av loggen kunde inte köras'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stänger: avslutar pågående förfrågningar');
    // Fastify stops accepting and waits for in-flight requests (commits included) before closing.
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: Error) => {
  console.error(`Kvalitetsflöde kunde inte starta: ${e.message}`);
  process.exit(1);
});
