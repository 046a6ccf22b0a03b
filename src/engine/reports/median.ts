/**
 * The median of a list of numbers: the middle value of the sorted list for an odd count, the mean
 * of the two middle values for an even count, and undefined for an empty list (the UI shows "–").
 * Does not change its input.
 */
export function median(values: readonly number[]): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
