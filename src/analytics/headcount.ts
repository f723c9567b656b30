import { BadUserInputError } from "../errors";
import { SqlParams, type Queryable } from "../repositories/sql";
import { PARTICIPATION_DIMENSIONS, ParticipationDimension } from "./dimensions";
import { keyOf, type ParticipationKeyValues } from "./participation";
import type { ParticipationFilterValues } from "./participation-filter";
import { monthIndex } from "./months";
import type { Period } from "./period";
import { hostJoin, registerBase } from "./register-base";
import { rate } from "./wilson";

export type IntervalUnit = "MONTH" | "QUARTER" | "YEAR";
export const MAX_SERIES_POINTS = 10_000;

const MONTHS: Record<IntervalUnit, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** Period ends (month, quarter or year ends) within [from, to], computed here to check the count first. */
export function periodEnds(period: Period, unit: IntervalUnit): string[] {
  const step = MONTHS[unit];
  const [fy, fm] = period.from.split("-").map(Number);
  // The first period containing `from`: quarters and years are calendar-aligned.
  let month = Math.floor((fy * 12 + fm - 1) / step) * step;
  const ends: string[] = [];
  for (;;) {
    const end = new Date(Date.UTC(Math.floor((month + step) / 12), (month + step) % 12, 0)).toISOString().slice(0, 10);
    if (end > period.to) break;
    if (end >= period.from) ends.push(end);
    if (ends.length > MAX_SERIES_POINTS) {
      throw new BadUserInputError(`the series would have more than ${MAX_SERIES_POINTS} period ends; narrow from/to or use a coarser interval`, "interval");
    }
    month += step;
  }
  return ends;
}

export interface HeadcountPointValues {
  date: string;
  key: ParticipationKeyValues;
  officers: number;
  known: number;
  female: number | null;
  rate: number | null;
  suppressed: boolean;
}

/**
 * Headcount at each period end D (DESIGN.md 5): distinct officers with start <= D and (end null or
 * end >= D). Without groupBy every period end has a point, zero included. One statement.
 */
export async function headcountSeries(
  db: Queryable,
  q: { period: Period; interval: IntervalUnit; filter?: ParticipationFilterValues | null; groupBy: ParticipationDimension[]; minCellSize: number },
): Promise<HeadcountPointValues[]> {
  const ends = periodEnds(q.period, q.interval);
  if (!ends.length) return [];
  const params = new SqlParams();
  const base = registerBase(params, { filter: q.filter, overlap: q.period, dimensions: q.groupBy }, q.period);
  const points = params.bind(ends);
  const dims = q.groupBy.map((d) => PARTICIPATION_DIMENSIONS[d]);
  // YEAR of a point is the year of its date.
  const select = dims.flatMap((d) => d.select).map((s) => s.replace("y.year", "extract(year FROM b.date)::int"));
  const group = dims.flatMap((d) => d.group).map((g) => g.replace("y.year", "extract(year FROM b.date)::int"));
  const counts = `count(DISTINCT b.officer_id)::int AS officers,
      count(DISTINCT b.officer_id) FILTER (WHERE b.gender <> 'UNDISCLOSED')::int AS known,
      count(DISTINCT b.officer_id) FILTER (WHERE b.gender = 'FEMALE')::int AS female`;
  // Each deployment is expanded once to the month ends it covers (months as integers) and joined to
  // the requested period ends by month, instead of testing every deployment against every point.
  const to = params.bind(q.period.to);
  const covered = `
    SELECT b.*, p.date FROM base b
    CROSS JOIN LATERAL generate_series(${monthIndex("b.start_date")}, ${monthIndex(`(coalesce(b.end_date, ${to}::date) + 1)`)} - 1) AS x(m)
    JOIN points p ON p.m = x.m`;
  const pointsCte = `points AS (SELECT d AS date, ${monthIndex("d")} AS m FROM unnest(${points}::date[]) AS d)`;
  const sql = dims.length
    ? `WITH base AS NOT MATERIALIZED (${base}), ${pointsCte}, grouped AS (
         SELECT b.date, ${select.join(", ")}, ${counts}
         FROM (${covered}) b
         ${q.groupBy.includes(ParticipationDimension.COUNTRY) ? hostJoin(params, q.filter) : ""}
         GROUP BY b.date, ${group.join(", ")})
       SELECT * FROM grouped ORDER BY date, ${dims.map((d) => `${d.order} NULLS LAST`).join(", ")}`
    : `WITH base AS NOT MATERIALIZED (${base}), ${pointsCte}
       SELECT p.date, ${counts}
       FROM points p LEFT JOIN (${covered}) b ON b.date = p.date
       GROUP BY p.date ORDER BY p.date`;
  const rows: Record<string, any>[] = await db.query(sql, params.values);
  return rows.map((r) => {
    const suppressed = r.known < q.minCellSize;
    return {
      date: r.date,
      key: keyOf(r),
      officers: r.officers,
      known: r.known,
      female: suppressed ? null : r.female,
      rate: suppressed ? null : rate(r.female, r.known),
      suppressed,
    };
  });
}
