/**
 * The bench's closing table: every figure the performance issue names, beside the ceiling or reference measured in
 * the same run and its target, printed once at the end as Markdown (the README's performance section is this table).
 */
export interface SummaryRow {
  what: string;
  now: string;
  /** The ceiling or reference measured in the same run, when the figure has one. */
  reference?: string;
  target: string;
  /** Whether the target is met on this run; undefined when the figure has no target of its own. */
  met?: boolean;
}

const rows: SummaryRow[] = [];

export function addSummaryRow(row: SummaryRow): void {
  rows.push(row);
}

/** The rows so far (the bench's smoke test reads them). */
export function summaryRows(): readonly SummaryRow[] {
  return rows;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function printSummary(title: string): void {
  if (rows.length === 0) return;
  console.log(`\n${title}\n`);
  console.log('| Vad | Nu | Tak / referens, samma körning | Mål | Uppfyllt |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const met = r.met === undefined ? '–' : r.met ? 'ja' : 'nej';
    console.log(`| ${cell(r.what)} | ${cell(r.now)} | ${cell(r.reference ?? '–')} | ${cell(r.target)} | ${met} |`);
  }
}
