/** z for a two-sided 95 % interval (docs/definitions.md 7). */
export const Z95 = 1.959964;

/** Wilson score interval of a proportion x/n; null when n = 0 (no rate, never NaN). */
export function wilsonInterval(x: number, n: number, z = Z95): { low: number; high: number } | null {
  if (n === 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function rate(x: number, n: number): number | null {
  return n === 0 ? null : x / n;
}
