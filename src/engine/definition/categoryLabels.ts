import type { PackRegistry } from '../model/PackRegistry';
import { choiceTitles } from './choiceTitles';
import type { ProcessCatalog } from '../model/ProcessCatalog';

/** The fields whose choices are categories that reach reports and filters (where each pack records its kategori). */
export function categoryFields(packs: PackRegistry): readonly string[] {
  return [...new Set(['kategori', ...packs.packs.flatMap((p) => (p.kategori ? [p.kategori.path] : []))])];
}

/**
 * The label of every category choice in the forms, read from the forms themselves (the process owner's
 * configuration), so no report or filter keeps a table of its own. The first form to name a value wins.
 */
export function categoryLabels(catalog: ProcessCatalog): Record<string, string> {
  const out: Record<string, string> = {};
  const fields = categoryFields(catalog.packs);
  for (const id of Object.keys(catalog.forms).sort())
    for (const field of fields)
      for (const [value, title] of choiceTitles(catalog.forms[id]!.schema, [field])) if (!(value in out)) out[value] = title;
  return out;
}
