import type { Figure, FigureBuilder } from '../model/Figure';
import { percentShares } from './percentShares';

/** One row of a share table: a group, its count, its share of the total and its ärenden. */
export interface ShareRow extends Figure {
  key: string;
  label: string;
  /** Extra Swedish context for the row, e.g. the verksamhet of an enhet. */
  detail?: string;
  /** Percent of the table's total, one decimal; the rows add up to 100 (largest remainder). */
  percent: number;
}

export interface ShareTable {
  total: Figure;
  rows: readonly ShareRow[];
}

export interface ShareGroup {
  key: string;
  label: string;
  detail?: string;
  figure: FigureBuilder;
}

/**
 * Turns groups into a {@link ShareTable}: sorted by count (largest first), then label; shares by
 * `percentShares`. `keepEmpty` keeps groups with no ärenden (e.g. every enhet in scope).
 */
export function shareTable(groups: Iterable<ShareGroup>, keepEmpty: boolean): ShareTable {
  const list = [...groups].filter((g) => keepEmpty || g.figure.count > 0);
  list.sort((a, b) => b.figure.count - a.figure.count || a.label.localeCompare(b.label, 'sv'));
  const shares = percentShares(list.map((g) => g.figure.count));
  // Groups are disjoint (each ärende falls in one), so the total is their concatenation.
  const ids: string[] = [];
  let count = 0;
  const rows = list.map((g, i): ShareRow => {
    const fig = g.figure.build();
    for (const id of fig.arendeIds) ids.push(id);
    count += fig.count;
    return { key: g.key, label: g.label, ...(g.detail ? { detail: g.detail } : {}), ...fig, percent: shares[i]! };
  });
  return { total: { count, arendeIds: ids }, rows };
}
