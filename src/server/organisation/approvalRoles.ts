import { READING_ROLES } from '../../engine/index';
import type { GrantTable, RoleId } from '../../engine/index';

/**
 * Roles that read case content: the engine's reading roles and every role a pack lets read with who reported (the MAS).
 * The one list the four-eyes rule is built on (issue 22); a pack that adds such a grant adds its role here.
 */
export function contentRoles(grants: GrantTable): readonly RoleId[] {
  const granted = (Object.keys(grants) as RoleId[]).filter((role) => (grants[role] ?? []).some((g) => g.rapportor));
  return [...new Set([...READING_ROLES, ...granted])];
}

/**
 * Roles that take effect only when a second person approves: the content roles, and the administratör's own
 * (one given at once would let her make a second administratör to approve her requests).
 */
export function approvalRoles(grants: GrantTable): ReadonlySet<RoleId> {
  return new Set<RoleId>([...contentRoles(grants), 'administrator']);
}

export const SELF_GRANT_REFUSED =
  'Du kan inte ge dig själv en roll. En annan administratör får göra det, och en roll som läser ärenden godkänns av en tredje person.';
