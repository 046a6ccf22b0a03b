import type { PackRegistry } from '../model/PackRegistry';

/** Key and label for an avvikelse without a category (e.g. an old or partial rapport). */
export const UTAN_KATEGORI = { key: 'utan_kategori', label: 'Kategori saknas' } as const;

/** The label of a process type (its pack's `reportLabel`), or the type itself when unknown. */
export function processLabel(packs: PackRegistry, processType: string): string {
  return packs.reportLabels[processType] ?? processType;
}
