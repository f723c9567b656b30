/**
 * The least-squares slope of y on x (docs/definitions.md 12): sum((x - x̄)(y - ȳ)) / sum((x - x̄)²).
 * Null for fewer than two distinct x.
 */
export function leastSquaresSlope(points: readonly (readonly [number, number])[]): number | null {
  if (points.length < 2) return null;
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) * (x - mx);
  }
  return sxx === 0 ? null : sxy / sxx;
}
