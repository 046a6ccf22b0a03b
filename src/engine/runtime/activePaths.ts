/** Flattens an XState state value into every active node path (ancestors included). */
export function activePaths(value: unknown, prefix = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    out.push(prefix ? `${prefix}.${value}` : value);
    return out;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path);
      activePaths(child, path, out);
    }
  }
  return out;
}
