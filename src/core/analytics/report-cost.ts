import { MAX_SERIES_POINTS, type IntervalUnit } from "./headcount";
import { ALL_TIME_FROM, today, type Period } from "./period";
import { calendarUnits, calendarYears, periodEndCount } from "./period-units";

/** One statement's pass over its table: the register, the UN statistics or the trainings. */
export const STATEMENT_COST = 100;

/** The groups one groupBy dimension (or a reconciliation's UN-led missions) counts as, where a report builds a row for every group and date. */
export const GROUPS_PER_DIMENSION = 10;

/** A report field's arguments as GraphQL coerced them (enums by name, dates as YYYY-MM-DD). */
export interface ReportArgs {
  from?: string | null;
  to?: string | null;
  groupBy?: readonly string[] | null;
  interval?: IntervalUnit | null;
  mission?: string | null;
}

/** The reports: every analytics field of Query. */
export type ReportName =
  | "femaleParticipation" | "headcountSeries" | "trainingsDelivered" | "countryCoverage"
  | "unContributionShare" | "targetProgress" | "reconciliation";

/** The period a cost counts, with the resolvers' defaults: all time (from 1900-01-01) to today. */
export function costPeriod(args: ReportArgs): Period {
  return { from: args.from ?? ALL_TIME_FROM, to: args.to ?? today() };
}

const dimensions = (args: ReportArgs) => args.groupBy ?? [];

/** The calendar dimensions of register analytics, finest first: a participation report expands each deployment by the finest asked for. */
const CALENDAR: readonly IntervalUnit[] = ["MONTH", "QUARTER", "YEAR"];

/** The calendar units (months, quarters or years) a participation report expands its deployments into: 0 without a calendar dimension. */
function calendarExpansion(args: ReportArgs): number {
  const unit = CALENDAR.find((u) => dimensions(args).includes(u));
  return unit ? calendarUnits(costPeriod(args), unit) : 0;
}

/** One statement, plus one grouping per dimension: the work of a report whose rows exist in its table. */
const grouped = (args: ReportArgs, selection: number) => STATEMENT_COST * (1 + dimensions(args).length) + selection;

/**
 * Each report's cost (README, "Security and limits", "Reports"), from what its SQL in src/analytics
 * builds, counted from the arguments alone. `selection` is the cost of the fields asked of it,
 * counted as for any field (1 each, plus their own selections).
 * - femaleParticipation, trainingsDelivered, unContributionShare group the rows of their table,
 *   which the period only filters: 100 per statement and per dimension, plus the selection once
 *   (their groups are found in the data). Participation by YEAR, QUARTER or MONTH also expands each
 *   deployment into its years, quarters or months (the finest asked for), an ongoing one up to
 *   `to`: + 10 per calendar year, quarter or month of the period.
 * - countryCoverage reads the register once and pairs each year of from..to with the mission
 *   spans: 100 + 10 per year, plus the selection once.
 * - targetProgress runs at most four statements, whatever its arguments: 400 plus the selection.
 * - headcountSeries and reconciliation build a row for every date and group, zeros included, and
 *   return those rows: 100 + rows x selection, as a list costs its page size times its selection.
 *   A series has period ends (at most the 10,000 the resolver accepts: more is its BAD_USER_INPUT)
 *   x 10 per dimension other than YEAR, QUARTER and MONTH (a period end's year, quarter or month is no
 *   group), multiplied; a
 *   reconciliation has month ends x 10 UN-led missions, or x 1 for one `mission`.
 */
export const REPORT_COSTS: Record<ReportName, (args: ReportArgs, selection: number) => number> = {
  femaleParticipation: (args, selection) => grouped(args, selection) + GROUPS_PER_DIMENSION * calendarExpansion(args),
  headcountSeries: (args, selection) => {
    const ends = Math.min(periodEndCount(costPeriod(args), args.interval ?? "MONTH"), MAX_SERIES_POINTS);
    return STATEMENT_COST + ends * GROUPS_PER_DIMENSION ** dimensions(args).filter((d) => !(CALENDAR as readonly string[]).includes(d)).length * selection;
  },
  trainingsDelivered: grouped,
  unContributionShare: grouped,
  countryCoverage: (args, selection) => STATEMENT_COST + GROUPS_PER_DIMENSION * calendarYears(costPeriod(args)) + selection,
  targetProgress: (_args, selection) => 4 * STATEMENT_COST + selection,
  reconciliation: (args, selection) =>
    STATEMENT_COST + periodEndCount(costPeriod(args), "MONTH") * (args.mission ? 1 : GROUPS_PER_DIMENSION) * selection,
};

export function isReport(fieldName: string): fieldName is ReportName {
  return Object.hasOwn(REPORT_COSTS, fieldName);
}
