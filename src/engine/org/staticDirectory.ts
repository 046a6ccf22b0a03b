import type { Directory } from '../ports/Directory';
import type { Actor, Organisation } from '../model/Organisation';
import { sameName } from './sameName';

/** A directory whose people and roles never change (tests, benchmarks, a seeded demo). */
export function staticDirectory(org: Organisation, people: readonly Actor[]): Directory {
  const byId = new Map(people.map((p) => [p.userId, p]));
  return {
    organisation: async () => org,
    actorAt: async (userId) => byId.get(userId),
    userIdsNamed: async (namn) => people.filter((p) => sameName(p.namn, namn)).map((p) => p.userId),
    holdersAt: async (role) => people.filter((p) => p.roles.some((a) => a.role === role)),
  };
}
