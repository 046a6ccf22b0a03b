/**
 * Shares in percent of each count, rounded to `decimals` places by the largest-remainder method so
 * that they add up to exactly 100 whenever the total is above zero (all zero when it is zero).
 * Ties in the remainder go to the earlier entry, so the result is deterministic.
 *
 * Example: counts 1, 1, 1 → 33.4, 33.3, 33.3.
 */
export function percentShares(counts: readonly number[], decimals = 1): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total <= 0) return counts.map(() => 0);
  const scale = 10 ** decimals;
  const units = 100 * scale;
  // Work in whole units (tenths of a percent by default) to avoid floating-point drift.
  const exact = counts.map((c) => (c * units) / total);
  const floors = exact.map((x) => Math.floor(x));
  let left = units - floors.reduce((sum, f) => sum + f, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors.map((f) => f / scale);
}
