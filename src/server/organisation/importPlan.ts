import type { EnhetRow, PersonRow } from './csvRows';
import { groupPeople } from './groupPeople';
import type { PersonGroup } from './groupPeople';
import { knownPlaces } from './importPlaces';
import type { ImportPlan, NewId, OrgSnapshot, PlanSink } from './importTypes';
import { planEnheter } from './planEnheter';
import { planRoles } from './planRoles';
import { resolvePeople } from './resolvePeople';

/**
 * What a file would do to the organisation: pure, so the dry run and the import (which plans again
 * inside its transaction) give the same answer. Nothing is ever removed or ended by an import.
 */
export function planImport(rows: readonly (EnhetRow | PersonRow)[], org: OrgSnapshot, newId: NewId): ImportPlan {
  const plan: ImportPlan = { ops: [], items: [], errors: [] };
  const sink: PlanSink = {
    ops: plan.ops,
    fail: (row, message) => void plan.errors.push({ row, message }),
    item: (row, kind, action, text) => void plan.items.push({ row, kind, action, text }),
  };
  const places = knownPlaces(org);
  // Enheter first, so a person row may name an enhet that a later row of the file adds.
  planEnheter(rows, places, org, newId, sink);
  const groups = groupPeople(
    rows.filter((r): r is PersonRow => r.typ === 'person'),
    sink.fail,
  );
  const failed = new Set<PersonGroup>();
  resolvePeople(groups, org, newId, failed, sink);
  planRoles(groups, failed, places, org, sink);
  // Sorting is stable: within a row, the order the checks ran in stays.
  const byRow = <T extends { row: number }>(list: T[]) => [...list].sort((a, b) => a.row - b.row);
  return { ops: plan.ops, items: byRow(plan.items), errors: byRow(plan.errors) };
}
