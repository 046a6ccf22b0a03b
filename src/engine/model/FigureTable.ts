import type { Figure } from './Figure';

/** A column of a pack's report table. */
export interface FigureColumn {
  key: string;
  title: string;
}

/** A row of a pack's report table: a label (and a detail line) with a figure per column key. */
export interface FigureRow {
  key: string;
  label: string;
  detail?: string;
  cells: Readonly<Record<string, Figure>>;
}

/** A table of figures a pack adds to the kvalitetsberättelse; the report UI renders any of them the same way. */
export interface FigureTable {
  /** The heading of the row column, e.g. "Enhet". */
  groupTitle: string;
  columns: readonly FigureColumn[];
  rows: readonly FigureRow[];
  total?: Readonly<Record<string, Figure>>;
}
