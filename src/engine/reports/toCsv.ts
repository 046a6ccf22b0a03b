/** A cell: text, a number, a yes/no, or empty (null/undefined). */
export type CsvCell = string | number | boolean | null | undefined;

/** A table to export: a header row and data rows of the same width. */
export interface CsvTable {
  headers: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export interface CsvOptions {
  /**
   * Prefix text cells starting with = + - @ (also full-width, or after spaces and invisible
   * characters) or with a control character with an apostrophe so spreadsheet programs do not
   * run them as formulas (CSV injection). Default true.
   */
  guardFormulas?: boolean;
}

const NEEDS_QUOTES = /[;"\r\n]/;
const FORMULA_START = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\p{Cc}\p{Cf}]/u;

/** A number as Swedish text: integers as they are, other numbers with a decimal comma. */
export function formatCsvNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}

function cellText(cell: CsvCell, guard: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'Ja' : 'Nej';
  const text = guard && FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV for Swedish Excel: a UTF-8 byte order mark (\uFEFF) first, semicolons between
 * fields, CRLF after every record, fields with ; " CR or LF in double quotes (quotes doubled),
 * decimal comma for non-integers, booleans as Ja/Nej, empty cells for null/undefined.
 */
export function toCsv(table: CsvTable, options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const lines = [table.headers, ...table.rows].map((row) => row.map((c) => cellText(c, guard)).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
