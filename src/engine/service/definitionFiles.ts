import type { FormSpec } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { SchemaValidator } from '../ports/SchemaValidator';
import { verifyDefinition } from '../verify/verifyDefinition';
import type { VerifyMemo } from '../verify/verifyDefinition';
import type { VerifyResult } from '../verify/Violation';
import type { ProvenRegistry } from './ProvenRegistry';

/** File format of one exported definition with every form it uses. */
export const DEFINITION_FILE_FORMAT = 'kvalitetsflode-process';

export interface DefinitionFile {
  format: typeof DEFINITION_FILE_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  definition: ProcessDefinition;
}

/**
 * The live verdict on an editor draft: its own forms, the format, references and the legal
 * skeleton. Pure, so the editor checks in the browser and the server checks again on publish.
 */
export function verifyDraft(
  registry: ProvenRegistry,
  validator: SchemaValidator,
  draft: ProcessDefinition,
  memo?: VerifyMemo,
): VerifyResult {
  const scoped = registry.catalogFor(draft);
  if (!scoped.ok) return { ok: false, violations: scoped.violations, stats: { states: 0, transitions: 0, explored: 0 } };
  return verifyDefinition(draft, { catalog: scoped.catalog, validator }, memo);
}

/** One version with every form it uses (bundled ones too), so the file stands alone. */
export function exportDefinitionFile(registry: ProvenRegistry, id: string, version: number, now: string): DefinitionFile | undefined {
  const loaded = registry.get(id, version);
  if (!loaded) return undefined;
  const forms: Record<string, FormSpec> = {};
  for (const formId of new Set(loaded.formOf.values())) {
    const f = registry.catalog.forms[formId];
    if (f) forms[formId] = { id: formId, schema: f.schema, ...(f.ui ? { ui: f.ui } : {}) };
  }
  return { format: DEFINITION_FILE_FORMAT, formatVersion: 1, exportedAt: now, definition: { ...loaded.definition, forms } };
}
