/**
 * Deterministic JSON: object keys sorted, no whitespace, `undefined` members dropped (as in
 * arrays: null). Hashes must not depend on key order, which may differ between stores and files.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

function write(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Ogiltigt tal i händelsen.');
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i) out += ',';
      const item: unknown = value[i];
      out += item === undefined ? 'null' : write(item);
    }
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined || typeof v === 'function') continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${write(v)}`;
  }
  return `${out}}`;
}

/**
 * A deep copy with every object's keys in sorted order (undefined members dropped), so that
 * plain JSON.stringify of the copy equals canonicalJson: events are stored in this shape.
 */
export function canonicalize<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalize(v))) as T;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v !== undefined && typeof v !== 'function') out[key] = canonicalize(v);
  }
  return out as T;
}
