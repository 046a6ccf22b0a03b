import type { CsvImportAnswer, CsvImportItem } from '../../api/contract';
import { countOf } from '../../kit/format';

/** The result's lists, in the order an administratör reads them. */
export const GROUPS: readonly [CsvImportItem['kind'], CsvImportItem['action'], string][] = [
  ['verksamhet', 'ny', 'Nya verksamheter'],
  ['enhet', 'ny', 'Nya enheter'],
  ['enhet', 'andrad', 'Ändrade enheter'],
  ['person', 'ny', 'Nya personer'],
  ['person', 'andrad', 'Ändrade personer'],
  ['roll', 'ny', 'Nya roller'],
];

export const changesOf = (a: CsvImportAnswer) => a.items.filter((i) => i.action !== 'oforandrad').length;

/** One sentence for the live region: what the check or the import found, and whether anything is stored. */
export function statusOf(a: CsvImportAnswer): string {
  const rows = countOf(a.rows, 'rad', 'rader');
  if (a.applied) return `Importen är genomförd: ${countOf(changesOf(a), 'ändring', 'ändringar')} sparade från ${rows}.`;
  if (a.errors.length > 0)
    return `Filen har ${countOf(a.errors.length, 'fel', 'fel')}. Inget är sparat; rätta filen och kontrollera den igen.`;
  if (changesOf(a) === 0) return `Kontrollen är klar: ${rows}, inga fel. Filen ändrar ingenting i organisationen.`;
  return `Kontrollen är klar: ${rows}, inga fel, ${countOf(changesOf(a), 'ändring', 'ändringar')}. Inget är sparat ännu.`;
}
