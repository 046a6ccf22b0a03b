import type { FormSpec, PackRegistry, ProcessCatalog, ProcessDefinition } from '../../engine/index';
import legal from '../../../machines/legal-references.json';

// Vite bundles forms/ and machines/ as data; the same files Node tests read from disk.
const schemas = import.meta.glob<Record<string, unknown>>('../../../forms/*/schema.json', { eager: true, import: 'default' });
const uis = import.meta.glob<Record<string, unknown>>('../../../forms/*/ui.json', { eager: true, import: 'default' });
const machines = import.meta.glob<ProcessDefinition>('../../../machines/*.v*.json', { eager: true, import: 'default' });

function formId(path: string): string {
  return path.split('/').slice(-2)[0]!;
}

/** Forms and legal references shipped with the app (examples load separately, only for the demo), with the composed packs. */
export function bundledCatalog(packs: PackRegistry): ProcessCatalog {
  const forms: Record<string, FormSpec> = {};
  for (const [path, schema] of Object.entries(schemas)) {
    const id = formId(path);
    forms[id] = { id, schema, ui: uis[path.replace('schema.json', 'ui.json')] };
  }
  return { forms, legalReferences: legal.references, packs };
}

/** The process definitions shipped in machines/ (version 1 of each). */
export function shippedDefinitions(): ProcessDefinition[] {
  return Object.values(machines);
}
