/**
 * The one range of dates peaceops accepts as input, on every path: GraphQL arguments and inputs
 * (the Date scalar), filters, mutations, the CSV import and the export options (which run through
 * the scalar). Peace operations with police start after the Second World War (the earliest real
 * date shipped is UNTSO's, 1948-05-29); the range leaves room on both sides and keeps every monthly
 * series over it (2,412 month ends) far below the analytics' series limit.
 */
export const MIN_DATE = "1900-01-01";
export const MAX_DATE = "2100-12-31";

/** The same range in years, for year-valued inputs (a mission's Canadian police years). */
export const MIN_YEAR = Number(MIN_DATE.slice(0, 4));
export const MAX_YEAR = Number(MAX_DATE.slice(0, 4));

/** What is accepted, as error messages say it. */
export const DATE_RULE = `a calendar date between ${MIN_DATE} and ${MAX_DATE}, written YYYY-MM-DD`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2023-02-30 is not), whatever its year. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // Date.UTC would read years 0-99 as 1900-1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A calendar date within [MIN_DATE, MAX_DATE]: what every input path accepts. */
export function isAcceptedDate(value: string): boolean {
  // Same width and format, so the strings compare as the dates do.
  return isCalendarDate(value) && value >= MIN_DATE && value <= MAX_DATE;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Dates as spreadsheet programs write them in their own formats: 28/02/2022, 2/28/2022, 2022/02/28, 28.02.2022. */
const SPREADSHEET_DATE = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/;

/**
 * What is wrong with a date given as input, in the words of its writer, or null when it is
 * accepted: `is not a calendar date (February 2022 has 28 days)`, `is before 1900-01-01`.
 */
export function dateProblem(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) {
    if (SPREADSHEET_DATE.test(value.trim())) return "is not written YYYY-MM-DD (a spreadsheet program's own date format: format the column as yyyy-mm-dd, or as text, before saving)";
    return "is not written YYYY-MM-DD";
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `is not a calendar date (there is no month ${m[2]})`;
  if (d === 0) return `is not a calendar date (there is no day 00)`;
  if (!isCalendarDate(value)) {
    const lastDay = new Date(0);
    lastDay.setUTCFullYear(y, mo, 0); // day 0 of the next month
    return `is not a calendar date (${MONTHS[mo - 1]} ${y} has ${lastDay.getUTCDate()} days)`;
  }
  if (value < MIN_DATE) return `is before ${MIN_DATE}`;
  if (value > MAX_DATE) return `is after ${MAX_DATE}`;
  return null;
}

/** The message for a refused date: the value, what is wrong, what is accepted. */
export function dateMessage(value: string, problem: string): string {
  return `${JSON.stringify(value)} ${problem}; accepted: ${DATE_RULE}`;
}
