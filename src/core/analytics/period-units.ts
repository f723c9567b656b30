import type { IntervalUnit } from "./headcount";
import type { Period } from "./period";

/**
 * How many month, quarter or year ends and calendar years a period holds, by arithmetic on
 * YYYY-MM-DD: a report's cost is counted before it runs, whatever its period (even the 10,000 month
 * ends from 1200 to 2033), without walking it. An inverted period holds nothing.
 */

const STEP: Record<IntervalUnit, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

const parts = (date: string) => date.split("-").map(Number) as [number, number, number];

/** year * 12 + month - 1, as src/analytics/months.ts numbers months in SQL. */
export function monthNumber(date: string): number {
  const [y, m] = parts(date);
  return y * 12 + m - 1;
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // day 0 of the next month; Date.UTC would read years 0-99 as 1900-1999
  return d.getUTCDate();
}

/**
 * Period ends (the last days of calendar-aligned months, quarters or years) within [from, to]:
 * the same count as headcount.ts's periodEnds, and for MONTH the month ends of a reconciliation.
 * The first counted is the end of the period holding `from`; the last, the latest end on or before `to`.
 */
export function periodEndCount(period: Period, unit: IntervalUnit): number {
  if (period.from > period.to) return 0;
  const step = STEP[unit];
  const [ty, tm, td] = parts(period.to);
  const lastMonth = td === daysInMonth(ty, tm) ? monthNumber(period.to) : monthNumber(period.to) - 1;
  const first = Math.floor(monthNumber(period.from) / step);
  const last = Math.floor((lastMonth + 1) / step) - 1;
  return Math.max(0, last - first + 1);
}

/** Calendar years the period touches: year(to) - year(from) + 1. */
export function calendarYears(period: Period): number {
  return period.from > period.to ? 0 : parts(period.to)[0] - parts(period.from)[0] + 1;
}

/** Calendar months, quarters or years (`unit`) the period touches: those a deployment running all of it is counted in. */
export function calendarUnits(period: Period, unit: IntervalUnit): number {
  if (period.from > period.to) return 0;
  const step = STEP[unit];
  return Math.floor(monthNumber(period.to) / step) - Math.floor(monthNumber(period.from) / step) + 1;
}
