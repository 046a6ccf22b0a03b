import type { FormSpec } from '../../engine/index';
import { isJsonObject } from './jsonValues';
import type { JsonObject } from './jsonValues';
import { shownWhenEntry } from './shownWhen';

const COMBINERS = ['allOf', 'anyOf', 'oneOf'] as const;
const SUBSCHEMAS = ['if', 'then', 'else', 'not'] as const;

type References = Map<string, unknown[]>;

function note(refs: References, name: string, values: readonly unknown[] = []): void {
  refs.set(name, [...(refs.get(name) ?? []), ...values]);
}

/** Records the properties a conditional part names, with the constants it compares them to. */
function walk(part: unknown, refs: References): void {
  if (!isJsonObject(part)) return;
  if (isJsonObject(part.properties)) {
    for (const [name, sub] of Object.entries(part.properties)) {
      const values = isJsonObject(sub) ? [...('const' in sub ? [sub.const] : []), ...(Array.isArray(sub.enum) ? sub.enum : [])] : [];
      note(refs, name, values);
    }
  }
  if (Array.isArray(part.required)) for (const name of part.required) if (typeof name === 'string') note(refs, name);
  walkDependencies(part.dependencies, refs);
  for (const key of SUBSCHEMAS) walk(part[key], refs);
  for (const key of COMBINERS) if (Array.isArray(part[key])) for (const branch of part[key]) walk(branch, refs);
}

function walkDependencies(dependencies: unknown, refs: References): void {
  if (!isJsonObject(dependencies)) return;
  for (const [name, dep] of Object.entries(dependencies)) {
    note(refs, name);
    if (Array.isArray(dep)) {
      for (const other of dep) if (typeof other === 'string') note(refs, other);
    } else {
      walk(dep, refs);
    }
  }
}

/**
 * The top-level fields that the schema's conditional keywords (`if`/`then`/`else`, `allOf`,
 * `anyOf`, `oneOf`, `not`, `dependencies`) refer to, each with the constant values the
 * conditions compare it to (a field a simple `allOf` entry shows, see `shownWhen.ts`, counts only as its question's).
 * Such fields may not be removed, renamed or retyped by the editor, and their compared alternatives may not be
 * removed, or the condition would silently break.
 */
export function conditionalReferences(schema: JsonObject): ReadonlyMap<string, readonly unknown[]> {
  const refs: References = new Map();
  for (const key of SUBSCHEMAS) walk(schema[key], refs);
  // A field shown on a question's answer is not itself in a condition: it may be changed or removed (its entry goes with it).
  for (const key of COMBINERS)
    if (Array.isArray(schema[key]))
      for (const branch of schema[key]) walk(shownWhenEntry(branch) ? (branch as JsonObject).if : branch, refs);
  walkDependencies(schema.dependencies, refs);
  return refs;
}

/** The names of the top-level fields used in the form's conditions (see `conditionalReferences`). */
export function conditionalFields(form: FormSpec): ReadonlySet<string> {
  return new Set(conditionalReferences(form.schema).keys());
}
