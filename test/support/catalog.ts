// Node tests read the same files the app bundles; one loader for tests, benchmarks and the server.
export { loadCatalogFromDisk, loadShippedDefinitions } from '../../src/adapters/catalog/diskCatalog';
import type { ProcessDefinition } from '../../src/engine/index';

export function cloneDefinition(def: ProcessDefinition): ProcessDefinition {
  return structuredClone(def);
}
