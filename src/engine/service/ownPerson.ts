import type { GraphTransition } from '../definition/StateGraph';
import type { Actor } from '../model/Organisation';

/**
 * An own step (`recordOwnStep`) records who did it, by the directory's name at that moment: the engine places
 * `person` itself, so no one acknowledges in another's name whatever the request says.
 */
export function withOwnPerson(data: unknown, candidates: readonly GraphTransition[], actor: Actor): unknown {
  if (!candidates.some((t) => t.actions.some((a) => a.type === 'recordOwnStep'))) return data;
  const base = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { ...base, person: { anvandarId: actor.userId, namn: actor.namn } };
}
