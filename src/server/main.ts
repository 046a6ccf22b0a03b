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
  const { app } = server;
  app.log.info(
    { ms: Date.now() - started, database: config.databaseUrl ? 'postgresql' : 'pglite', demo: config.demo },
    'Kvalitetsflöde har startat',
  );
  // The check of the log at start runs in the background, started once by startServer (it logs its result).

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
