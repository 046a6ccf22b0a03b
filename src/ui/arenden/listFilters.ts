import type { ListQuery } from '../../api/contract';
import type { ProcessCatalog } from '../../engine/index';
import { categoryLabels } from '../../engine/index';

const PAGE = 100;

export interface Filters {
  process: string;
  status: string;
  enhet: string;
  kategori: string;
  from: string;
  to: string;
  overdue: boolean;
  search: string;
}

export const EMPTY: Filters = { process: '', status: '', enhet: '', kategori: '', from: '', to: '', overdue: false, search: '' };

/**
 * Category labels from the forms themselves (the engine's `categoryLabels`), so no hand-kept table is needed: the chosen
 * process's own, or all of them, a value that two processes word differently shown with both wordings.
 */
export function kategorierOf(catalog: ProcessCatalog, processType = ''): { value: string; label: string }[] {
  const perProcess = categoryLabels(catalog);
  const labels = new Map<string, Set<string>>();
  for (const [type, own] of Object.entries(perProcess))
    if (!processType || type === processType)
      for (const [value, label] of Object.entries(own)) labels.set(value, (labels.get(value) ?? new Set()).add(label));
  return [...labels].map(([value, set]) => ({ value, label: [...set].join(' / ') })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

/** The filters as a query the server runs (scoped there to what the person may see). */
export function queryOf(f: Filters, today: string, ids: readonly string[] | undefined): ListQuery {
  return {
    order: 'newest',
    limit: PAGE,
    ...(f.process ? { processTypes: [f.process] } : {}),
    ...(f.status === 'open' || f.status === 'closed' ? { status: f.status } : {}),
    ...(f.enhet ? { enhetId: f.enhet } : {}),
    ...(f.kategori ? { kategori: f.kategori } : {}),
    ...(f.from ? { openedFrom: f.from } : {}),
    ...(f.to ? { openedTo: f.to } : {}),
    ...(f.overdue ? { overdueAt: today } : {}),
    ...(f.search.trim() ? { text: f.search.trim() } : {}),
    ...(ids ? { ids } : {}),
  };
}
