import { ROLE_TITLES } from '../../engine/index';
import { SELF_GRANT_REFUSED } from './approvalRoles';
import type { PersonGroup } from './groupPeople';
import { scopeOf } from './importPlaces';
import type { Places } from './importPlaces';
import type { OrgSnapshot, PlanSink } from './importTypes';

/**
 * Roles last: each names a person (matched or new) and a place (existing or added by the file); held roles stay as they are.
 * A role that needs approval becomes a waiting request, as by hand; a role for the importer herself is an error.
 */
export function planRoles(
  groups: readonly PersonGroup[],
  failed: ReadonlySet<PersonGroup>,
  places: Places,
  org: OrgSnapshot,
  sink: PlanSink,
): void {
  const held = new Map(org.assignments.map((a) => [`${a.userId}|${a.role}|${a.scopeKind}|${a.scopeId}`, a.pending === true]));
  const planned = new Map<string, number>();
  for (const g of groups) {
    for (const r of g.rows) {
      if (!r.role) continue;
      const scope = scopeOf(r.row, r.role.scope, places, sink);
      if (!scope || failed.has(g) || !g.userId) continue;
      if (g.userId === org.importer) {
        sink.fail(r.row, SELF_GRANT_REFUSED);
        continue;
      }
      const pending = org.approval?.has(r.role.role) ?? false;
      const text = `${g.namn}: ${ROLE_TITLES[r.role.role]} för ${scope.namn}`;
      const key = `${g.userId}|${r.role.role}|${scope.kind}|${scope.id}`;
      const earlier = planned.get(key);
      if (held.has(key)) sink.item(r.row, 'roll', 'oforandrad', held.get(key) ? `${text} (väntar redan på godkännande)` : text);
      else if (earlier !== undefined) sink.item(r.row, 'roll', 'oforandrad', `${text}, samma som rad ${earlier}`);
      else if (scope.stangd) sink.fail(r.row, `Enheten ${scope.namn} är stängd och kan inte få nya roller.`);
      else {
        planned.set(key, r.row);
        sink.ops.push({
          op: 'roll',
          row: r.row,
          userId: g.userId,
          namn: g.namn ?? '',
          role: r.role.role,
          scope: { kind: scope.kind, id: scope.id },
          scopeName: scope.namn,
          pending,
        });
        sink.item(r.row, 'roll', 'ny', pending ? `${text} (väntar på godkännande)` : text);
      }
    }
  }
}
