import { CsvQuoteError, parseCsv as parseRecords } from '../../engine/internal';

/** One parsed CSV file: its records (rows of cells, header first) or the reason it could not be read. */
export type CsvParse =
  { ok: true; records: string[][]; delimiter: ';' | ','; truncated: boolean } | { ok: false; row: number; message: string };

/**
 * The separator the header row uses: Swedish Excel writes `;`, most other tools `,`. Counted outside
 * quotes on the first line, so a quoted "Efternamn, Förnamn" header does not decide it.
 */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * RFC 4180 as spreadsheets write it, read by the engine's `parseCsv` (quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF, LF or CR, a BOM), with the separator detected and at most `maxRecords` records (`truncated`).
 */
export function parseCsv(input: string, opts: { maxRecords: number }): CsvParse {
  const delimiter = detectDelimiter(input);
  let records: string[][];
  try {
    records = parseRecords(input, delimiter);
  } catch (e) {
    if (!(e instanceof CsvQuoteError)) throw e;
    // A quote that never ends beyond the limit: the file is too long either way.
    if (e.row > opts.maxRecords) return { ok: true, records: [], delimiter, truncated: true };
    return {
      ok: false,
      row: e.row,
      message: 'Ett fält börjar med citattecken (") som aldrig avslutas. Kontrollera citattecknen på raden.',
    };
  }
  return records.length > opts.maxRecords
    ? { ok: true, records: records.slice(0, opts.maxRecords), delimiter, truncated: true }
    : { ok: true, records, delimiter, truncated: false };
}
