import type { ProcessRow } from '../../api/contract';
import type { ArendeSummary } from '../../engine/index';

/** The list row cut to what a migration is planned by: no rubrik, kategori, opener, links or deadlines. */
export function processRowOf(row: ArendeSummary): ProcessRow {
  const { arendeId, processType, definitionId, definitionVersion, enhetId, status, activeSteps, openedAt, updatedAt } = row;
  return { arendeId, processType, definitionId, definitionVersion, enhetId, status, activeSteps, openedAt, updatedAt };
}
