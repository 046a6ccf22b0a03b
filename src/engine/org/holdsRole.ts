import type { Actor, Organisation, RoleAssignment } from '../model/Organisation';
import type { RoleId } from '../model/Role';

/** Does this assignment's scope cover the enhet? */
export function scopeCovers(org: Organisation, assignment: RoleAssignment, enhetId: string): boolean {
  const enhet = org.enheter.find((e) => e.id === enhetId);
  if (!enhet) return false;
  const { kind, id } = assignment.scope;
  if (kind === 'enhet') return id === enhetId;
  if (kind === 'verksamhet') return id === enhet.verksamhetId;
  const verksamhet = org.verksamheter.find((v) => v.id === enhet.verksamhetId);
  return verksamhet?.forvaltningId === id;
}

/**
 * Roles of people who work in the verksamhet: each also counts as medarbetare where it holds, since
 * anyone who works there may report, chefs and SAS too (domain.md, lex Sarah step 1).
 */
const WORKS_THERE: readonly RoleId[] = ['medarbetare', 'enhetschef', 'verksamhetschef', 'sas', 'forvaltningschef', 'mas', 'skyddsombud'];

/** True when the actor holds the role with a scope that covers the enhet. */
export function holdsRole(org: Organisation, actor: Actor, role: RoleId, enhetId: string): boolean {
  const covers = (a: RoleAssignment) =>
    (a.role === role || (role === 'medarbetare' && WORKS_THERE.includes(a.role))) && scopeCovers(org, a, enhetId);
  return actor.roles.some(covers);
}

/** True when the actor holds the role somewhere, whatever the scope. */
export function holdsRoleAnywhere(actor: Actor, role: RoleId): boolean {
  return actor.roles.some((a) => a.role === role);
}
