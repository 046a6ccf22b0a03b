/** A JSON object (schema, uiSchema or one of their parts). */
export type JsonObject = Record<string, unknown>;

/** True for plain JSON objects (not arrays, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of a JSON value (schemas and uiSchemas are plain JSON). */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}

/** True when two JSON values are structurally equal. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
