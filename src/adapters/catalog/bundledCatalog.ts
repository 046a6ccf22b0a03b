import type { PackRegistry, ProcessCatalog, ProcessDefinition } from '../../engine/index';
import legal from '../../../machines/legal-references.json';

// Vite bundles machines/ as data; the same files Node tests read from disk.
const machines = import.meta.glob<ProcessDefinition>('../../../machines/*.v*.json', { eager: true, import: 'default' });

/**
 * Legal references shipped with the app, with the composed packs. The forms join later (`bundledForms`, their own chunk):
 * the first lists need none, and the browser registers the server's proved versions without them.
 */
export function bundledCatalog(packs: PackRegistry): ProcessCatalog {
  return { forms: {}, legalReferences: legal.references, packs };
}

/** The process definitions shipped in machines/ (version 1 of each). */
export function shippedDefinitions(): ProcessDefinition[] {
  return Object.values(machines);
}
