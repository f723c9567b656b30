import { UserInputError } from "../../errors";
import { today, yearOf, type Period } from "../../analytics/period";
import { isAcceptedDate } from "../../input/date-range";

/** The report's options as given (command line or query string), before they are checked. */
export interface GenerationEqualityInput {
  year?: string | null;
  from?: string | null;
  to?: string | null;
  minCellSize?: string | null;
}

/** The options checked: the period every section covers, and the minimum cell size asked (null: the default). */
export interface GenerationEqualityOptions {
  period: Period;
  /** The year asked for (`--year`), or null when the period was given by its dates. */
  year: number | null;
  minCellSize: number | null;
}

/** A report year covers the ten calendar years that end with it: the year itself and its trend. */
export const YEARS_PER_REPORT = 10;

/** At most this many years: the anonymous period limit of the API's reports. */
export const MAX_REPORT_YEARS = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(raw: string, name: "from" | "to"): string {
  if (!DATE.test(raw) || !isAcceptedDate(raw)) throw new UserInputError(`${name} must be a date YYYY-MM-DD between 1900-01-01 and 2100-12-31, got ${JSON.stringify(raw)}`, name);
  return raw;
}

function yearPeriod(raw: string, now: string): { period: Period; year: number } {
  if (!/^\d{4}$/.test(raw)) throw new UserInputError(`year must be a year YYYY (e.g. 2025), got ${JSON.stringify(raw)}`, "year");
  const year = Number(raw);
  const thisYear = yearOf(now);
  if (year > thisYear || year < 1900 + YEARS_PER_REPORT) {
    throw new UserInputError(`year must be between ${1900 + YEARS_PER_REPORT} and ${thisYear}, got ${year}`, "year");
  }
  // The current year counts up to today (docs/definitions.md 12), not to a date still ahead.
  const end = `${year}-12-31`;
  return { year, period: { from: `${year - YEARS_PER_REPORT + 1}-01-01`, to: end < now ? end : now } };
}

/**
 * Checks the report's options: `year` (the ten years to it), or `from` and `to` together; neither:
 * the last complete calendar year. Every problem names the option and what it accepts.
 */
export function resolveOptions(input: GenerationEqualityInput, now = today()): GenerationEqualityOptions {
  const { year, from, to } = input;
  if (year != null && (from != null || to != null)) throw new UserInputError("give either year or from and to, not both", from != null ? "from" : "to");
  let period: Period;
  let asked: number | null = null;
  if (from != null || to != null) {
    if (from == null || to == null) throw new UserInputError(`from and to go together: give both (YYYY-MM-DD), got only ${from == null ? "to" : "from"}`, from == null ? "from" : "to");
    period = { from: date(from, "from"), to: date(to, "to") };
    if (period.from > period.to) throw new UserInputError(`from (${period.from}) must not be after to (${period.to})`, "from");
    if (yearOf(period.to) - yearOf(period.from) >= MAX_REPORT_YEARS) throw new UserInputError(`from .. to must span at most ${MAX_REPORT_YEARS} years`, "from");
  } else {
    ({ period, year: asked } = yearPeriod(year ?? String(yearOf(now) - 1), now));
  }
  let minCellSize: number | null = null;
  if (input.minCellSize != null) {
    if (!/^\d{1,4}$/.test(input.minCellSize)) throw new UserInputError(`minCellSize must be a whole number >= 0, got ${JSON.stringify(input.minCellSize)}`, "minCellSize");
    minCellSize = Number(input.minCellSize);
  }
  return { period, year: asked, minCellSize };
}
