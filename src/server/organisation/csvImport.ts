import type { CsvImportAnswer } from '../../api/contract';
import { ApiFailure } from '../http/apiError';
import { readHeader, readRow } from './csvRows';
import type { EnhetRow, PersonRow, RowError } from './csvRows';
import { planImport } from './importPlan';
import type { ImportPlan, OrgSnapshot } from './importTypes';
import { parseCsv } from './parseCsv';

/** Limits of one import: a kommun's whole staff fits; a bigger file is split (the message says so). */
export const CSV_MAX_BYTES = 1_048_576;
export const CSV_MAX_ROWS = 5_000;

export interface CsvRead {
  rows: (EnhetRow | PersonRow)[];
  errors: RowError[];
  ignoredColumns: string[];
  /** Data rows that are not empty. */
  count: number;
}

/** The file read into rows, each error with its row number; too large a file is refused as a whole. */
export function readCsv(csv: string): CsvRead {
  if (Buffer.byteLength(csv, 'utf8') > CSV_MAX_BYTES)
    throw new ApiFailure(
      413,
      'too_large',
      'Filen är större än 1 MB. Dela upp den i flera filer (till exempel en per verksamhet) och importera dem en i taget. Inget ' +
        'har sparats.',
    );
  const broken = csv.indexOf('\uFFFD');
  if (broken >= 0) {
    const row = csv.slice(0, broken).split(/\r\n|\r|\n/).length;
    return fileError(
      row,
      'Filen är inte sparad som UTF-8, så å, ä och ö kan inte läsas. Spara den i Excel som "CSV UTF-8 (kommaavgränsad)" och välj den igen.',
    );
  }
  const parsed = parseCsv(csv, { maxRecords: CSV_MAX_ROWS + 1 });
  if (!parsed.ok) return fileError(parsed.row, parsed.message);
  if (parsed.truncated)
    throw new ApiFailure(
      413,
      'too_large',
      `Filen har fler än ${CSV_MAX_ROWS.toLocaleString('sv-SE')} rader. Dela upp den i flera filer och importera dem en i ` +
        `taget. Inget har sparats.`,
    );
  const [header, ...data] = parsed.records;
  if (!header || header.every((c) => c.trim() === ''))
    return fileError(1, 'Filen är tom: första raden ska vara rubriker och varje följande rad en enhet eller en person.');
  const { columns, ignored, errors } = readHeader(header);
  const read: CsvRead = { rows: [], errors, ignoredColumns: ignored, count: 0 };
  if (errors.length > 0) return read;
  data.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    read.count++;
    const { value, errors: rowErrors } = readRow(cells, index + 2, columns);
    if (value) read.rows.push(value);
    read.errors.push(...rowErrors);
  });
  if (read.count === 0) read.errors.push({ row: 2, message: 'Filen har rubriker men inga rader med enheter eller personer.' });
  return read;
}

function fileError(row: number, message: string): CsvRead {
  return { rows: [], errors: [{ row, message }], ignoredColumns: [], count: 0 };
}

/** Reads and plans a file against the organisation as it is; the dry run answers with this as it is. */
export function planCsv(
  csv: string,
  org: OrgSnapshot,
  newId: (prefix: string, namn: string) => string,
): { read: CsvRead; plan: ImportPlan; answer: CsvImportAnswer } {
  const read = readCsv(csv);
  const plan = planImport(read.rows, org, newId);
  const errors = [...read.errors, ...plan.errors].sort((a, b) => a.row - b.row);
  return { read, plan, answer: { applied: false, rows: read.count, items: plan.items, errors, ignoredColumns: read.ignoredColumns } };
}
