import type { Directory } from '../ports/Directory';
import type { Actor, Organisation, RoleAssignment } from './Organisation';
import { sameName } from './sameName';

/** A role assignment with the time it was held: from `validFrom` up to (not including) `validTo`. */
export interface DatedAssignment extends RoleAssignment {
  validFrom: string;
  validTo?: string | null;
}

export interface PersonRecord {
  userId: string;
  namn: string;
  assignments: readonly DatedAssignment[];
}

/** A directory over a snapshot of the organisation's history (e.g. handed to a worker that checks an import). */
export function historyDirectory(org: Organisation, people: readonly PersonRecord[]): Directory {
  const byId = new Map(people.map((p) => [p.userId, p]));
  return {
    organisation: async () => org,
    async actorAt(userId, at): Promise<Actor | undefined> {
      const p = byId.get(userId);
      if (!p) return undefined;
      const roles = p.assignments.filter((a) => a.validFrom <= at && (!a.validTo || at < a.validTo)).map(({ role, scope }) => ({ role, scope }));
      return { userId, namn: p.namn, roles };
    },
    userIdsNamed: async (namn) => people.filter((p) => sameName(p.namn, namn)).map((p) => p.userId),
  };
}
