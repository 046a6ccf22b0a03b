import type { Directory } from '../ports/Directory';
import type { Actor, Organisation } from './Organisation';

/** A directory whose people and roles never change (tests, benchmarks, a seeded demo). */
export function staticDirectory(org: Organisation, people: readonly Actor[]): Directory {
  const byId = new Map(people.map((p) => [p.userId, p]));
  return {
    organisation: async () => org,
    actorAt: async (userId) => byId.get(userId),
  };
}
