/**
 * Reads a dotted path from data; `a[].b` collects `b` from every item of array `a`.
 * Returns undefined when any segment is missing.
 */
export function readPath(data: unknown, path: string): unknown {
  let current: unknown = data;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (current === null || typeof current !== 'object') return undefined;
    if (part.endsWith('[]')) {
      const list = (current as Record<string, unknown>)[part.slice(0, -2)];
      if (!Array.isArray(list)) return undefined;
      const rest = parts.slice(i + 1).join('.');
      return rest ? list.map((item) => readPath(item, rest)) : list;
    }
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
