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

/** The one field a simple `then` shows: named in `required` (required when shown) and/or `properties` (at most a type). */
function simpleThen(part: unknown): { name: string; required: boolean } | undefined {
  if (!isJsonObject(part) || Object.keys(part).some((k) => k !== 'required' && k !== 'properties')) return undefined;
  const required = Array.isArray(part.required) ? part.required : [];
  const properties = isJsonObject(part.properties) ? part.properties : {};
  const names = new Set([...required, ...Object.keys(properties)]);
  const [name] = [...names];
  if (names.size !== 1 || typeof name !== 'string' || required.length > 1) return undefined;
  const sub = properties[name];
  if (sub !== undefined && !(isJsonObject(sub) && Object.keys(sub).every((k) => k === 'type'))) return undefined;
  return { name, required: required.length === 1 };
}

/** One `allOf` entry that shows one field on one question's answers, as this editor writes it (and the forms do by hand). */
export function shownWhenEntry(entry: unknown): { name: string; required: boolean; when: ShownWhen } | undefined {
  if (!isJsonObject(entry) || Object.keys(entry).some((k) => k !== 'if' && k !== 'then')) return undefined;
  const when = simpleIf(entry.if);
  const then = simpleThen(entry.then);
  return when && then && then.name !== when.field ? { ...then, when } : undefined;
}

const entriesOf = (schema: JsonObject): unknown[] => (Array.isArray(schema.allOf) ? schema.allOf : []);
/** The schema's own `if`/`then` (no `else`) counts as one more entry: the forms write a group's condition so. */
const ownEntry = (schema: JsonObject): unknown[] =>
  schema.if && schema.then && !schema.else ? [{ if: schema.if, then: schema.then }] : [];

/** When the field `name` is shown (undefined: always), and whether it must then be answered. */
export function shownWhenOf(schema: JsonObject, name: string): { when: ShownWhen; required: boolean } | undefined {
  for (const entry of [...ownEntry(schema), ...entriesOf(schema)]) {
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
  if (ownEntry(schema).some((e) => shownWhenEntry(e)?.name === name)) {
    delete schema.if;
    delete schema.then;
  }
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
