// Node tests read the same files the app bundles; one loader for tests, benchmarks and the server.
import { loadShippedDefinitions } from '../../src/adapters/catalog/diskCatalog';
export { loadCatalogFromDisk, loadShippedDefinitions } from '../../src/adapters/catalog/diskCatalog';
import type { ProcessDefinition } from '../../src/engine/index';

export function cloneDefinition(def: ProcessDefinition): ProcessDefinition {
  return structuredClone(def);
}

/** One shipped definition by id (the newest version), for tests that edit or inspect it. */
export function shippedDefinition(id: string): ProcessDefinition {
  const found = loadShippedDefinitions()
    .filter((d) => d.id === id)
    .sort((a, b) => b.version - a.version)[0];
  if (!found) throw new Error(`Ingen levererad definition med id ${id}.`);
  return found;
}

/** The newest shipped version of each process: what new ärenden open on. */
export function newestShippedDefinitions(): ProcessDefinition[] {
  const ids = [...new Set(loadShippedDefinitions().map((d) => d.id))];
  return ids.map(shippedDefinition);
}
