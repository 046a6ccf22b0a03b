import { isJsonObject } from './jsonValues';
import type { JsonObject } from './jsonValues';

/** A field shown only when another top-level question has one of `values` (Ja/Nej as booleans). */
export interface ShownWhen {
  field: string;
  values: (string | boolean)[];
}

type Answer = string | boolean;
const isAnswer = (v: unknown): v is Answer => typeof v === 'string' || typeof v === 'boolean';

/** The question and values of a simple `if` (`{properties: {q: {const | enum}}, required: [q]}`), else undefined. */
function simpleIf(part: unknown): ShownWhen | undefined {
  if (!isJsonObject(part) || !isJsonObject(part.properties) || Object.keys(part).some((k) => k !== 'properties' && k !== 'required'))
    return undefined;
  const names = Object.keys(part.properties);
  if (names.length !== 1 || !Array.isArray(part.required) || part.required.length !== 1 || part.required[0] !== names[0]) return undefined;
  const test = part.properties[names[0]!];
  if (!isJsonObject(test) || Object.keys(test).length !== 1) return undefined;
  if ('const' in test && isAnswer(test.const)) return { field: names[0]!, values: [test.const] };
  if (Array.isArray(test.enum) && test.enum.length > 0 && test.enum.every(isAnswer)) return { field: names[0]!, values: test.enum };
  return undefined;
}

/** The one field a simple `then` shows: `{required: [f]}` (required when shown) or `{properties: {f: {}}}` (optional). */
function simpleThen(part: unknown): { name: string; required: boolean } | undefined {
  if (!isJsonObject(part)) return undefined;
  const keys = Object.keys(part);
  if (keys.length === 1 && Array.isArray(part.required) && part.required.length === 1 && typeof part.required[0] === 'string')
    return { name: part.required[0], required: true };
  if (keys.length === 1 && isJsonObject(part.properties)) {
    const names = Object.keys(part.properties);
    const sub = part.properties[names[0]!];
    if (names.length === 1 && isJsonObject(sub) && Object.keys(sub).length === 0) return { name: names[0]!, required: false };
  }
  return undefined;
}

/** One `allOf` entry that shows one field on one question's answers, as this editor writes it (and the forms do by hand). */
export function shownWhenEntry(entry: unknown): { name: string; required: boolean; when: ShownWhen } | undefined {
  if (!isJsonObject(entry) || Object.keys(entry).some((k) => k !== 'if' && k !== 'then')) return undefined;
  const when = simpleIf(entry.if);
  const then = simpleThen(entry.then);
  return when && then && then.name !== when.field ? { ...then, when } : undefined;
}

const entriesOf = (schema: JsonObject): unknown[] => (Array.isArray(schema.allOf) ? schema.allOf : []);

/** When the field `name` is shown (undefined: always), and whether it must then be answered. */
export function shownWhenOf(schema: JsonObject, name: string): { when: ShownWhen; required: boolean } | undefined {
  for (const entry of entriesOf(schema)) {
    const found = shownWhenEntry(entry);
    if (found?.name === name) return { when: found.when, required: found.required };
  }
  return undefined;
}

/**
 * Writes (or with undefined removes) the condition of field `name` in a copied schema: its own `allOf` entry, and its
 * name out of the top-level `required` while conditional (Ajv then asks for it only when shown).
 */
export function writeShownWhen(schema: JsonObject, name: string, when: ShownWhen | undefined, required: boolean): void {
  const rest = entriesOf(schema).filter((e) => shownWhenEntry(e)?.name !== name);
  if (when) {
    const test = when.values.length === 1 ? { const: when.values[0] } : { enum: [...when.values] };
    rest.push({
      if: { properties: { [when.field]: test }, required: [when.field] },
      then: required ? { required: [name] } : { properties: { [name]: {} } },
    });
  }
  if (rest.length > 0) schema.allOf = rest;
  else delete schema.allOf;
}

/** The fields shown on a question's answers (for refusing to remove or retype the question). */
export function dependentsOf(schema: JsonObject, question: string): string[] {
  return entriesOf(schema).flatMap((e) => {
    const found = shownWhenEntry(e);
    return found?.when.field === question ? [found.name] : [];
  });
}
