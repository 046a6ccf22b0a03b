import type { ReactNode } from 'react';

/** A column of a figure table: its heading and each row's cell; a `rowHeader` cell is the row's `<th scope="row">`. */
export interface FigureColumn<R> {
  title: ReactNode;
  cell(row: R): ReactNode;
  rowHeader?: boolean;
  className?: string;
}

interface FigureTableProps<R> {
  caption: ReactNode;
  columns: readonly FigureColumn<R>[];
  rows: readonly R[];
  rowKey(row: R): string;
  /** The sum row, styled apart. */
  isTotal?(row: R): boolean;
}

/** The table every report figure has beside (or instead of) its chart: the accessible, printable form of the numbers. */
export function FigureTable<R>({ caption, columns, rows, rowKey, isTotal }: FigureTableProps<R>) {
  return (
    <table className="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={isTotal?.(row) ? 'total' : undefined}>
            {columns.map((c, i) =>
              c.rowHeader ? (
                <th key={i} scope="row">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={i} className={c.className}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
