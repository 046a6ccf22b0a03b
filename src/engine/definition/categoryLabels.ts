import { PACKS } from '../../processes/packs';
import type { ProcessPack } from '../model/ProcessPack';
import { choiceTitles } from './choiceTitles';
import type { ProcessCatalog } from './ProcessCatalog';

/** The fields whose choices are categories that reach reports and filters (where each pack records its kategori). */
export const CATEGORY_FIELDS: readonly string[] = [...new Set(['kategori', ...PACKS.flatMap((p: ProcessPack) => (p.kategori ? [p.kategori.path] : []))])];

/**
 * The label of every category choice in the forms, read from the forms themselves (the process owner's
 * configuration), so no report or filter keeps a table of its own. The first form to name a value wins.
 */
export function categoryLabels(catalog: ProcessCatalog): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of Object.keys(catalog.forms).sort())
    for (const field of CATEGORY_FIELDS)
      for (const [value, title] of choiceTitles(catalog.forms[id]!.schema, [field])) if (!(value in out)) out[value] = title;
  return out;
}
