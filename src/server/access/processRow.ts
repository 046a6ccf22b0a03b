import type { ProcessRow } from '../../api/contract';
import type { ArendeSummary, MigrationProof } from '../../engine/index';

/** The list row cut to what a migration is planned by: no rubrik, kategori, opener, links or deadlines. */
export function processRowOf(row: ArendeSummary): ProcessRow {
  const { arendeId, processType, definitionId, definitionVersion, enhetId, status, activeSteps, openedAt, updatedAt } = row;
  return { arendeId, processType, definitionId, definitionVersion, enhetId, status, activeSteps, openedAt, updatedAt };
}

/** A refused proof as the processägare gets it: the reasons in titles, the findings without traces of state paths or events. */
export function proofForOwner(proof: MigrationProof): MigrationProof {
  if (proof.ok) return proof;
  return { ...proof, violations: proof.violations.map(({ code, message }) => ({ code, message })) };
}
