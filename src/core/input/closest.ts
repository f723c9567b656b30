import { distance } from "fastest-levenshtein";

/**
 * The known values closest to a mistyped one, for "did you mean ...?": those within a third of its
 * length in edits (at least one), case aside, and of them only the nearest (ties in code order), at
 * most `limit`. "MINUSTAH'" (a stray apostrophe, as in real UN extracts) finds MINUSTAH alone.
 */
export function closestValues(value: string, known: Iterable<string>, limit = 3): string[] {
  const wanted = value.toUpperCase();
  const threshold = Math.max(1, Math.floor(wanted.length / 3));
  const scored: { value: string; d: number }[] = [];
  for (const candidate of known) {
    const upper = candidate.toUpperCase();
    const d = upper === wanted ? 0 : distance(wanted, upper);
    if (d <= threshold) scored.push({ value: candidate, d });
  }
  const nearest = Math.min(...scored.map((s) => s.d));
  return scored
    .filter((s) => s.d === nearest)
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit)
    .map((s) => s.value);
}

/** `; did you mean "A" or "B"?`, or nothing when no known value is close. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const close = closestValues(value, known);
  if (!close.length) return "";
  const quoted = close.map((c) => JSON.stringify(c));
  return `; did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`}?`;
}
