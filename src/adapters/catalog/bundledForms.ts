import type { FormSpec } from '../../engine/index';

// Vite bundles forms/ as data (this module is its own chunk, loaded after the first rows); Node tests read the same files.
const schemas = import.meta.glob<Record<string, unknown>>('../../../forms/*/schema.json', { eager: true, import: 'default' });
const uis = import.meta.glob<Record<string, unknown>>('../../../forms/*/ui.json', { eager: true, import: 'default' });

function formId(path: string): string {
  return path.split('/').slice(-2)[0]!;
}

/** Forms shipped with the app (examples load separately, only for the demo). */
export function bundledForms(): Record<string, FormSpec> {
  const forms: Record<string, FormSpec> = {};
  for (const [path, schema] of Object.entries(schemas)) {
    const id = formId(path);
    forms[id] = { id, schema, ui: uis[path.replace('schema.json', 'ui.json')] };
  }
  return forms;
}
