/** One parsed CSV file: its records (rows of cells, header first) or the reason it could not be read. */
export type CsvParse =
  | { ok: true; records: string[][]; delimiter: ';' | ','; truncated: boolean }
  | { ok: false; row: number; message: string };

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
 * RFC 4180 as spreadsheets write it: quoted fields, doubled quotes, separators and line breaks inside
 * quotes, CRLF, LF or CR line ends, a BOM, and no record for a final line end. A quote inside an
 * unquoted field is kept as text (as Excel reads it). Stops after `maxRecords` records (`truncated`).
 */
export function parseCsv(input: string, opts: { maxRecords: number }): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  // Where the quoted field began, for the message when its closing quote never comes.
  let quoteRow = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    if (records.length >= opts.maxRecords) return { ok: true, records, delimiter, truncated: true };
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      quoteRow = records.length + 1;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { ok: false, row: quoteRow, message: 'Ett fält börjar med citattecken (") som aldrig avslutas. Kontrollera citattecknen på raden.' };
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after the closing quote (`"ab"c`) is kept, as spreadsheets do, rather than refused.
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  // A last line without a line end is still a record; a final line end adds none.
  if (field !== '' || record.length > 0) endRecord();
  return { ok: true, records, delimiter, truncated: false };
}
