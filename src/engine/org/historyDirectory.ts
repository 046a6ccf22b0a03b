import type { Directory } from '../ports/Directory';
import type { Actor, Organisation, RoleAssignment } from '../model/Organisation';
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
  const at = (p: PersonRecord, instant: string): Actor => ({
    userId: p.userId,
    namn: p.namn,
    roles: p.assignments
      .filter((a) => a.validFrom <= instant && (!a.validTo || instant < a.validTo))
      .map(({ role, scope }) => ({ role, scope })),
  });
  return {
    organisation: async () => org,
    async actorAt(userId, instant): Promise<Actor | undefined> {
      const p = byId.get(userId);
      return p ? at(p, instant) : undefined;
    },
    userIdsNamed: async (namn) => people.filter((p) => sameName(p.namn, namn)).map((p) => p.userId),
    holdersAt: async (role, instant) => people.map((p) => at(p, instant)).filter((a) => a.roles.some((r) => r.role === role)),
  };
}
