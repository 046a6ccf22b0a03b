import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormSpec, PackRegistry, ProcessCatalog, ProcessDefinition } from '../../engine/index';

/** The project root: forms/ and machines/ are read from here by Node (the server, tests, benchmarks). */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** forms/ (with their examples) and the legal reference table, read from disk, with the packs the caller composed. */
export function loadCatalogFromDisk(packs: PackRegistry, root = PROJECT_ROOT): ProcessCatalog {
  const forms: Record<string, FormSpec> = {};
  for (const id of readdirSync(join(root, 'forms')).sort()) {
    const dir = join(root, 'forms', id);
    forms[id] = {
      id,
      schema: readJson(join(dir, 'schema.json')),
      ui: readJson(join(dir, 'ui.json')),
      examples: readJson(join(dir, 'examples.json')),
    };
  }
  const legal = readJson<{ references: ProcessCatalog['legalReferences'] }>(join(root, 'machines', 'legal-references.json'));
  return { forms, legalReferences: legal.references, packs };
}

/** Every shipped definition version in machines/ (`<id>.v<N>.json`). */
export function loadShippedDefinitions(root = PROJECT_ROOT): ProcessDefinition[] {
  return readdirSync(join(root, 'machines'))
    .filter((f) => /\.v\d+\.json$/.test(f))
    .sort()
    .map((f) => readJson<ProcessDefinition>(join(root, 'machines', f)));
}
