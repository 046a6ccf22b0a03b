import { parentPort, workerData } from 'node:worker_threads';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import { loadCatalogFromDisk } from '../../adapters/catalog/diskCatalog';
import { nodeHasher } from '../../adapters/system/nodeHasher';
import { checkBackup, historyDirectory } from '../../engine/internal';
import type { ImportJobInput, ImportJobMessage } from './importJob';
import { REGISTRY } from '../../processes/packs';

/** Checks a backup in its own thread: the strict replay of every event never holds up the server's requests. */
async function run(input: ImportJobInput): Promise<void> {
  const existing = new Map(Object.entries(input.existing));
  const result = await checkBackup(
    input.file,
    {
      hasher: nodeHasher,
      validator: createAjvValidator(),
      catalog: loadCatalogFromDisk(REGISTRY),
      known: input.known,
      directory: historyDirectory(input.org, input.people),
      now: input.now,
      existing: async () => existing,
    },
    (done, total) => parentPort!.postMessage({ kind: 'progress', done, total } satisfies ImportJobMessage),
  );
  parentPort!.postMessage({ kind: 'result', result } satisfies ImportJobMessage);
}

const { input } = workerData as { input: ImportJobInput };
run(input).catch((e: Error) =>
  parentPort!.postMessage({
    kind: 'result',
    result: { ok: false, errors: [`Kontrollen av filen avbröts: ${e.message}`] },
  } satisfies ImportJobMessage),
);
