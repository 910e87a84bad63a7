/**
 * Splits `total` into whole shares proportional to `weights`, each at least `minimum`,
 * by the largest-remainder method, so the shares always add up to `total` exactly.
 */
export function allocate(total: number, weights: readonly number[], minimum: number): number[] {
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError('allocate needs at least one weight to share a total into');
  }
  const floor = Math.min(minimum, Math.floor(total / weights.length));
  const rest = total - floor * weights.length;
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (weightSum > 0 ? (rest * w) / weightSum : rest / weights.length));
  const shares = exact.map((e) => floor + Math.floor(e));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}
