import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormSpec, ProcessCatalog, ProcessDefinition } from '../../src/engine/index';

const root = join(import.meta.dirname, '..', '..');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Reads forms/ and the legal reference table from disk (Node only: tests and benchmarks). */
export function loadCatalogFromDisk(): ProcessCatalog {
  const forms: Record<string, FormSpec> = {};
  for (const id of readdirSync(join(root, 'forms'))) {
    const dir = join(root, 'forms', id);
    forms[id] = {
      id,
      schema: readJson(join(dir, 'schema.json')),
      ui: readJson(join(dir, 'ui.json')),
      examples: readJson(join(dir, 'examples.json')),
    };
  }
  const legal = readJson<{ references: ProcessCatalog['legalReferences'] }>(join(root, 'machines', 'legal-references.json'));
  return { forms, legalReferences: legal.references };
}

export function loadShippedDefinitions(): ProcessDefinition[] {
  return ['lex-sarah', 'avvikelse', 'riskanalys'].map((id) => readJson<ProcessDefinition>(join(root, 'machines', `${id}.v1.json`)));
}

export function cloneDefinition(def: ProcessDefinition): ProcessDefinition {
  return structuredClone(def);
}
