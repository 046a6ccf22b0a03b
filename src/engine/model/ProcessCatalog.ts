import type { PackRegistry } from './PackRegistry';

/** A step form as stored in `forms/<id>/`. */
export interface FormSpec {
  id: string;
  schema: Record<string, unknown>;
  ui?: Record<string, unknown>;
  examples?: { valid: unknown[]; invalid: { data: unknown; reason: string }[] };
}

export interface LegalReference {
  title: string;
  source: string;
  confirmed: boolean;
}

/** Everything definitions refer to by name: forms, the versioned legal reference table and the process packs. */
export interface ProcessCatalog {
  forms: Readonly<Record<string, FormSpec>>;
  legalReferences: Readonly<Record<string, LegalReference>>;
  /** The processes this product runs (injected at the composition root; a definition's processType must be one). */
  packs: PackRegistry;
}
