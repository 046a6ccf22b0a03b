import type { RoleId } from '../model/Role';
import { scopeCovers } from './holdsRole';
import type { Actor, Organisation } from '../model/Organisation';

/** The ids of people who hold exactly this role for the enhet (a chef is not every medarbetare's recipient). */
export function holdersOf(people: readonly Actor[], org: Organisation, role: RoleId, enhetId: string): string[] {
  return people.filter((p) => p.roles.some((a) => a.role === role && scopeCovers(org, a, enhetId))).map((p) => p.userId);
}
