import type { FormSpec, ProcessCatalog } from '../../src/engine/index';

// Loaded only when the demo is seeded: examples are not needed for everyday use.
const examples = import.meta.glob<FormSpec['examples']>('../../forms/*/examples.json', { eager: true, import: 'default' });

/** The catalog with each form's examples added (the demo seed fills forms with them). */
export function withExamples(catalog: ProcessCatalog): ProcessCatalog {
  const forms: Record<string, FormSpec> = {};
  for (const [id, form] of Object.entries(catalog.forms)) forms[id] = { ...form, examples: examples[`../../forms/${id}/examples.json`] };
  return { ...catalog, forms };
}
