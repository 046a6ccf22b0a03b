/** A quoted field that never ends; `row` is the record (1-based) where its quote began. */
export class CsvQuoteError extends Error {
  constructor(readonly row: number) {
    super('CSV-texten slutar inne i ett citerat fält.');
    this.name = 'CsvQuoteError';
  }
}

/**
 * Reads CSV as written by `toCsv` or a spreadsheet back into rows of text (a leading BOM is skipped; CRLF or LF
 * ends a record; quoted fields may hold ; " and line breaks). Values stay text: "1,5" is not
 * turned back into a number. Throws a CsvQuoteError on an unterminated quoted field.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let quoteRow = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteRow = rows.length + 1;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new CsvQuoteError(quoteRow);
  // A final record without a line break still counts; a trailing line break adds no empty row.
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
