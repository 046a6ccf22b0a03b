/**
 * Gives an item just added to a list its starting data (RJSF adds it empty): the list grew by one
 * and its last item holds nothing yet. Other changes pass through as they are.
 */
export function withNewItems(
  next: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
  newItems: Readonly<Record<string, Record<string, unknown>>> | undefined,
): Record<string, unknown> {
  if (!newItems) return next;
  let out = next;
  for (const [key, item] of Object.entries(newItems)) {
    const after = next[key];
    const before = previous?.[key];
    if (!Array.isArray(after) || after.length !== (Array.isArray(before) ? before.length : 0) + 1) continue;
    if (!isEmpty(after[after.length - 1])) continue;
    out = { ...out, [key]: [...after.slice(0, -1), structuredClone(item)] };
  }
  return out;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  return typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isEmpty);
}
