/** Every figure of a wire report by its reference: its count and how many ärenden stand behind it. */
export function reportFigures(value: unknown, out = new Map<string, [number, number]>()): Map<string, [number, number]> {
  if (Array.isArray(value)) for (const v of value) reportFigures(v, out);
  else if (value && typeof value === 'object') {
    const f = value as { ref?: string; count?: number; idCount?: number };
    if (typeof f.ref === 'string') out.set(f.ref, [f.count!, f.idCount!]);
    else for (const v of Object.values(value)) reportFigures(v, out);
  }
  return out;
}
