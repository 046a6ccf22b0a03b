import type { ArendeSummary } from '../engine/index';

/** Does a list row from the server have what a list renders? The row is a cache in the database and may be damaged. */
export function isListRow(row: unknown): row is ArendeSummary {
  const s = row as Partial<ArendeSummary> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.arendeId === 'string' &&
    typeof s.processType === 'string' &&
    typeof s.enhetId === 'string' &&
    typeof s.rubrik === 'string' &&
    typeof s.updatedAt === 'string' &&
    (s.status === 'open' || s.status === 'closed') &&
    Array.isArray(s.activeSteps) &&
    s.activeSteps.every((a) => typeof a?.title === 'string') &&
    Array.isArray(s.deadlines) &&
    s.deadlines.every((d) => typeof d?.dueAt === 'string')
  );
}

/** The rows a list can show, and how many it must leave out because they are damaged (one bad row never takes the list down). */
export function usableRows(rows: readonly unknown[]): { rows: ArendeSummary[]; broken: number } {
  const ok = rows.filter(isListRow);
  return { rows: ok, broken: rows.length - ok.length };
}

/** The notice for left-out rows, in Swedish. */
export function brokenRowsText(broken: number): string {
  return (
    `${broken === 1 ? 'En rad' : `${broken} rader`} i listan kunde inte visas eftersom ` +
    `${broken === 1 ? 'den är skadad' : 'de är skadade'}. Kontakta SAS eller administratören; ”Kontroll av loggen” visar om ` +
    `ärendenas händelser är hela.`
  );
}
