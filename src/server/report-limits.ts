import { today } from "../core/analytics/period";
import { LimitError } from "../core/errors";
import type { Caller } from "../core/policy";
import type { ReportField } from "./cost-estimators";

const label = (r: ReportField) => (r.responseKey === r.name ? r.name : `${r.responseKey} (${r.name})`);

export function reportCountError(count: number, first: string, max: number): LimitError {
  return new LimitError(
    `The query asks for ${count} reports (analytics fields such as ${first}, aliases included), more than the report limit of ${max} per request: send at most ${max} in one request`,
    400,
  );
}

/** At most `max` report fields in one operation: aliases and fragments repeat a report, and count. */
export function assertReportCount(reports: readonly ReportField[], max: number): void {
  if (reports.length > max) throw reportCountError(reports.length, reports[0].name, max);
}

/** Days since 1970-01-01 of a calendar date given by its parts; a day past the month's end rolls over. */
function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0-99 as 1900-1999
  return d.getTime() / 86_400_000;
}

const dayOf = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return dayNumber(y, m, d);
};

function dateOf(day: number): string {
  const d = new Date(day * 86_400_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A caller without an API key may ask a report for at most `maxYears` years: `to` (default today)
 * before the same day `maxYears` years after `from`. A report without `from` (all time) starts at
 * its first record and is counted from today, so only a `to` after today counts. A key lifts the
 * limit; `maxYears` 0 turns it off.
 */
export function assertAnonymousPeriods(reports: readonly ReportField[], caller: Caller, maxYears: number, now = today()): void {
  if (caller.kind === "key" || maxYears === 0) return;
  for (const r of reports) {
    const to = r.args.to ?? now;
    const from = r.args.from ?? (to < now ? to : now);
    const [y, m, d] = from.split("-").map(Number);
    const end = dayNumber(y + maxYears, m, d);
    if (dayOf(to) < end) continue;
    const got = r.args.from ? `from ${from} to ${to}` : `to ${to} without from, which counts from today (${now})`;
    const unusable = caller.kind === "invalid" ? ` (the API key sent is not usable: ${caller.problem})` : "";
    throw new LimitError(
      `${label(r)}: callers without an API key${unusable} may ask a report for at most ${maxYears} years (the anonymous period limit), got ${got}; ` +
        `ask for to ${dateOf(end - 1)} at the latest, or send an API key (Authorization: Bearer <token>), which lifts this limit`,
      400,
    );
  }
}
