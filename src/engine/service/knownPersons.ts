import type { LoadedDefinition } from '../definition/loadDefinition';
import type { GraphTransition } from '../definition/StateGraph';
import type { Directory } from '../ports/Directory';

type Row = Record<string, unknown>;

/** The `anvandarId` paths an event's `addJav` actions read (`inblandade[].anvandarId`, `rapportor.anvandarId`). */
function javPersonPaths(candidates: readonly GraphTransition[]): string[] {
  const paths = candidates.flatMap((t) =>
    t.actions.filter((a) => a.type === 'addJav').flatMap((a) => (a.params?.paths as string[] | undefined) ?? []),
  );
  return [...new Set(paths.filter((p) => /^[A-Za-z]+(\[\])?\.anvandarId$/.test(p)))];
}

/**
 * Persons a step names for jäv (rapportör, inblandade) are matched to the organisation's users by name
 * where exactly one user has that name, so jäv does not depend on someone typing a user id.
 */
export async function withKnownPersons(data: unknown, candidates: readonly GraphTransition[], directory: Directory): Promise<unknown> {
  const paths = javPersonPaths(candidates);
  if (!directory.userIdsNamed || paths.length === 0 || !data || typeof data !== 'object' || Array.isArray(data)) return data;
  const out: Row = { ...(data as Row) };
  const match = async (person: unknown): Promise<unknown> => {
    if (!person || typeof person !== 'object' || Array.isArray(person)) return person;
    const row = person as Row;
    if (typeof row.namn !== 'string' || typeof row.anvandarId === 'string') return person;
    const ids = await directory.userIdsNamed!(row.namn);
    return ids.length === 1 ? { ...row, anvandarId: ids[0] } : person;
  };
  for (const path of paths) {
    const field = path.slice(0, path.indexOf(path.includes('[]') ? '[]' : '.'));
    const value = out[field];
    out[field] = path.includes('[]') ? (Array.isArray(value) ? await Promise.all(value.map(match)) : value) : await match(value);
  }
  return out;
}

/** The data with persons it names matched to users (for jäv), unless the form cannot hold the user id. */
export async function withPersons(
  loaded: LoadedDefinition,
  transitions: readonly GraphTransition[],
  type: string,
  data: unknown,
  directory: Directory,
): Promise<unknown> {
  const enriched = await withKnownPersons(data, transitions, directory);
  return enriched !== data && (loaded.validators.get(type)?.(enriched) ?? []).length === 0 ? enriched : data;
}
