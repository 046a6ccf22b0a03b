import type { PackRegistry } from '../model/PackRegistry';
import { choiceTitles } from './choiceTitles';
import type { ProcessCatalog } from '../model/ProcessCatalog';

/** Category labels per process type, then per value: the same value may read differently in two processes' forms. */
export type CategoryLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The fields whose choices are categories that reach reports and filters (where each pack records its kategori). */
export function categoryFields(packs: PackRegistry): readonly string[] {
  return [...new Set(['kategori', ...packs.packs.flatMap((p) => (p.kategori ? [p.kategori.path] : []))])];
}

/** The process a form belongs to by its id (`<processType>-…`), the longest type first; shared forms (`atgard-…`) have none. */
function processOfForm(types: readonly string[], formId: string): string | undefined {
  return [...types].sort((a, b) => b.length - a.length).find((t) => formId.startsWith(`${t}-`));
}

/** A form's id without its version suffix and that number: `avvikelse-rapport-2` → [`avvikelse-rapport`, 2]; unsuffixed 1. */
function versionOf(formId: string): [string, number] {
  const m = /^(.*)-(\d+)$/.exec(formId);
  return m ? [m[1]!, Number(m[2])] : [formId, 1];
}

/** Forms by name, each form's newer versions (`-2`, `-10`: editor copies, never changed in place) before its older ones. */
function newestFirst(a: string, b: string): number {
  const [baseA, nA] = versionOf(a);
  const [baseB, nB] = versionOf(b);
  return baseA === baseB ? nB - nA : baseA < baseB ? -1 : 1;
}

/**
 * The label of every category choice in each process's forms, read from the forms themselves (the process owner's
 * configuration), so no report or filter keeps a table of its own. Within a process the newest form naming a value words it.
 */
export function categoryLabels(catalog: ProcessCatalog): CategoryLabels {
  const out: Record<string, Record<string, string>> = {};
  const fields = categoryFields(catalog.packs);
  for (const id of Object.keys(catalog.forms).sort(newestFirst)) {
    const type = processOfForm(catalog.packs.types, id);
    if (!type) continue;
    const labels = (out[type] ??= {});
    for (const field of fields)
      for (const [value, title] of choiceTitles(catalog.forms[id]!.schema, [field])) if (!(value in labels)) labels[value] = title;
  }
  return out;
}
