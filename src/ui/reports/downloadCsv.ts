import { toCsv } from '../../engine/index';
import type { CsvTable } from '../../engine/index';

/** Saves a table as CSV for Swedish Excel: UTF-8 with BOM, semicolons, decimal commas (see `toCsv`). */
export function downloadCsv(name: string, table: CsvTable): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  link.download = `${name}.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}
