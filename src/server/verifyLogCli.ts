import { loadOrCreateSigner } from './postgres/headSigner';
import { migrate } from './postgres/migrate';
import { openDatabase } from './postgres/openDatabase';
import { verifyLog } from './postgres/verifyLog';
import { witnessFile } from './ledger/witnessFile';
import { readConfig } from './config';
import { createAjvValidator } from '../adapters/ajv/createAjvValidator';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../adapters/catalog/diskCatalog';
import { randomIds } from '../adapters/system/ids';
import { nodeHasher } from '../adapters/system/nodeHasher';
import { systemClock } from '../adapters/system/systemClock';
import { createEngine } from '../engine/internal';
import { REGISTRY } from '../processes/packs';
import type { Db } from './postgres/Db';
import type { HeadSigner } from './postgres/headSigner';
import { PgDirectory } from './postgres/PgDirectory';
import { PgEventStore } from './postgres/PgEventStore';
import { rowDeriver } from './ledger/derivedRow';

/** The server's engine on this database, only to replay each log into the list row it must have. */
async function deriverFor(db: Db, signer: HeadSigner) {
  const engine = createEngine({
    store: new PgEventStore(db, signer),
    clock: systemClock,
    ids: randomIds,
    hasher: nodeHasher,
    validator: createAjvValidator(),
    catalog: loadCatalogFromDisk(REGISTRY),
    directory: new PgDirectory(db),
  });
  await engine.loadDefinitions(loadShippedDefinitions());
  return rowDeriver(engine);
}

/**
 * `npm run verify-log`: checks every ärende's chain and the signature of its head, names each broken
 * ärende and event, and exits with 1 when anything is wrong (for monitoring and after a restore).
 */
async function main() {
  const config = readConfig();
  const db = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    await migrate(db);
    const signer = loadOrCreateSigner({
      keyFile: config.signingKeyFile,
      ...(config.signingKeyPem ? { keyPem: config.signingKeyPem } : {}),
      trustedPublicKeys: config.trustedPublicKeys,
    });
    const witness = witnessFile(config.witnessFile).read();
    const r = await verifyLog(db, signer, { witness: witness.checkpoints, derive: await deriverFor(db, signer) });
    if (witness.checkpoints.length === 0)
      console.log(`Ingen vittnesfil med kontrollpunkter hittades (${config.witnessFile}): loggen prövas bara mot databasens egna.`);
    for (const line of witness.unreadable) console.log(`Rad ${line} i vittnesfilen kan inte läsas som en kontrollpunkt.`);
    if (r.ok)
      console.log(
        `Loggen stämmer: ${r.arenden} ärenden och ${r.events} händelser, kedjor, signaturer, listrader (mot den uppspelade ` +
          'loggen) och kontrollpunkter kontrollerade.',
      );
    else {
      console.log(`Fel i loggen: ${r.problems.length} fel (${r.arenden} ärenden och ${r.events} händelser kontrollerade).`);
      for (const p of r.problems)
        console.log(`  ${p.arendeId}${p.seq !== undefined ? `, händelse ${p.seq}` : ''}${p.eventId ? ` (${p.eventId})` : ''}: ${p.reason}`);
    }
    process.exitCode = r.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(`Kontrollen kunde inte köras: ${e.message}`);
  process.exitCode = 2;
});
