import { UserInputError } from "../core/errors";

/** The most decimals `round` takes: rates are computed in double precision, about 15 digits. */
export const MAX_ROUND = 10;

/**
 * `--round N` / `round=N`: how many decimals an export's fractional figures (rates, shares,
 * interval bounds, means) keep, for spreadsheet users; absent, full precision. Counts are whole and
 * stay as they are.
 */
export function parseRound(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > MAX_ROUND) {
    throw new UserInputError(`${name} must be a whole number of decimals from 0 to ${MAX_ROUND}, got ${JSON.stringify(raw)}`, "round");
  }
  return Number(raw);
}

/** Rounded half away from zero on the decimal digits as written (0.125 to 2 decimals is 0.13, not 0.12). */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  const sign = Math.sign(value);
  const abs = Math.abs(value);
  // The exponent trick below needs a plain decimal; a number that small or large is printed with one.
  if (String(abs).includes("e")) return sign * Number(abs.toFixed(digits)) || 0;
  const rounded = Number(`${Math.round(Number(`${abs}e${digits}`))}e-${digits}`);
  return sign * rounded || 0;
}

/** The rows with every fractional number rounded (nested objects included); the rows themselves are not changed. */
export function roundRows<T>(rows: T[], digits: number | undefined): T[] {
  if (digits === undefined) return rows;
  const walk = (v: unknown): unknown => {
    if (typeof v === "number") return roundTo(v, digits);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return rows.map((r) => walk(r) as T);
}
