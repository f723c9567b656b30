import { UserInputError } from "../errors";
import { SqlParams, type Queryable } from "../repositories/sql";
import { aliasOf, isTimeDimension, PARTICIPATION_DIMENSIONS, specOf, TIME_DIMENSIONS, type ParticipationDimension } from "./dimensions";
import { keyOf } from "./dimension-keys";
import type { ParticipationKeyValues } from "./dimensions";
import type { ParticipationFilterValues } from "./participation-filter";
import { monthIndex } from "./months";
import type { Period } from "./period";
import { hostJoin, registerBase } from "./register-base";
import { rate } from "./wilson";
import type { Gender } from "../domain/enums";
import { filteredDimensions, protectedDimensions, ProtectedTable, type RegisterCell } from "./protected-table";
import { levelsOf } from "../disclosure/table";
import { ALL_GENDERS, countsOf, tallyOf, type GenderTally } from "./gender-tally";

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
      throw new UserInputError(`the series would have more than ${MAX_SERIES_POINTS} period ends; narrow from/to or use a coarser interval`, "interval");
    }
    month += step;
  }
  return ends;
}

export interface HeadcountPointValues {
  date: string;
  key: ParticipationKeyValues;
  /** Null only when a `genders` filter makes it a gender figure and the point is suppressed. */
  officers: number | null;
  known: number | null;
  female: number | null;
  rate: number | null;
  suppressed: boolean;
}

/**
 * Headcount at each period end D (docs/definitions.md 5): distinct officers with start <= D and (end null or
 * end >= D). Without groupBy every period end has a point, zero included. One statement.
 *
 * Period ends are numbered q = monthIndex(end) / months per period, so the ends a deployment covers
 * are the integer range [q0, q1]. Each officer's overlapping ranges (within a group) are merged into
 * islands, so an officer counts once however many deployments cover a date; each island adds +1 at
 * its first end and -1 after its last, and a running sum of these events gives every point without
 * expanding deployments to the period ends they cover.
 */
async function headcountPoints(
  db: Queryable,
  q: { period: Period; interval: IntervalUnit; ends: string[]; filter?: ParticipationFilterValues | null; groupBy: readonly ParticipationDimension[] },
): Promise<HeadcountCell[]> {
  const ends = q.ends;
  const params = new SqlParams();
  const filter = q.filter ? { ...q.filter, genders: null } : null;
  const base = registerBase(params, { filter, overlap: q.period, dimensions: q.groupBy }, q.period);
  const points = params.bind(ends);
  const k = MONTHS[q.interval];
  // YEAR, QUARTER, MONTH of a point are those of its date, not properties of the deployment.
  const deploymentDims = q.groupBy.filter((d) => !isTimeDimension(d));
  const selects = deploymentDims.flatMap((d) => PARTICIPATION_DIMENSIONS[d].select);
  const keys = selects.map(aliasOf);
  // Host dimensions: one span per host (an officer's spans in one group are merged into islands
  // below, so two hosts in one region count an officer once).
  const hostDims = deploymentDims.filter((d) => specOf(d).host);
  const keyList = keys.map((key) => `${key}, `).join("");
  const byOfficer = ["officer_id", ...keys].join(", ");
  // The first period end on or after s, and the last one on or before e (b.s, b.e: clipped to the period).
  const spans = `
    SELECT b.officer_id, b.gender, ${selects.map((x) => `${x}, `).join("")}
      ${monthIndex("b.s")} / ${k} AS q0, ${monthIndex("(b.e + 1)")} / ${k} - 1 AS q1
    FROM base b ${hostDims.length ? hostJoin(params, filter, hostDims.some((d) => specOf(d).host?.partition)) : ""}`;
  const ctes = `
    WITH base AS NOT MATERIALIZED (${base}),
    points AS (SELECT d AS date, ${monthIndex("d")} / ${k} AS q FROM unnest(${points}::date[]) AS d),
    spans AS (${spans}),
    marked AS (
      SELECT *, CASE WHEN q0 <= max(q1) OVER w THEN 0 ELSE 1 END AS starts
      FROM spans WHERE q0 <= q1
      WINDOW w AS (PARTITION BY ${byOfficer} ORDER BY q0, q1 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)),
    islands AS (
      SELECT ${keyList}gender, min(q0) AS a, max(q1) AS z
      FROM (SELECT *, sum(starts) OVER (PARTITION BY ${byOfficer} ORDER BY q0, q1 ROWS UNBOUNDED PRECEDING) AS island FROM marked) x
      GROUP BY ${byOfficer}, gender, island),
    events AS (
      SELECT ${keyList}q, ${ALL_GENDERS.map((g) => `coalesce(sum(delta) FILTER (WHERE gender = '${g}'), 0) AS "n_${g}"`).join(", ")}
      FROM (SELECT ${keyList}a AS q, 1 AS delta, gender FROM islands UNION ALL SELECT ${keyList}z + 1, -1, gender FROM islands) e
      GROUP BY ${keyList}q)`;
  const running = (partition: string) => COLUMNS.map((c) => `sum(coalesce(${c}, 0)) OVER (${partition}ORDER BY q)::int AS ${c}`).join(", ");
  let sql: string;
  if (!q.groupBy.length) {
    sql = `${ctes}
    SELECT date, ${running("")}
    FROM points LEFT JOIN events USING (q)
    ORDER BY date`;
  } else {
    // Each group gets a zero row at every period end, so the running sums exist at every point
    // (peers in ORDER BY q add up, the events of that end included); only non-empty cells are kept.
    const timeDims = TIME_DIMENSIONS.filter((d) => q.groupBy.includes(d));
    const time = timeDims.map((d) => `${POINT_TIME[d]}, `).join("");
    const timeKeys = timeDims.map((d) => `${aliasOf(POINT_TIME[d])}, `).join("");
    const partition = keys.length ? `PARTITION BY ${keys.join(", ")} ` : "";
    sql = `${ctes},
    grid AS (
      SELECT ${keyList}p.q, p.date, ${COLUMNS.map((c) => `0 AS ${c}`).join(", ")}
      FROM (SELECT DISTINCT ${keys.length ? keys.join(", ") : "1"} FROM events) g CROSS JOIN points p
      UNION ALL
      SELECT ${keyList}q, NULL, ${COLUMNS.join(", ")} FROM events),
    series AS (SELECT ${keyList}q, date, ${time}${running(partition)} FROM grid)
    SELECT date, ${timeKeys}${keyList}${COLUMNS.join(", ")} FROM series
    WHERE date IS NOT NULL AND ${COLUMNS.join(" + ")} > 0
    ORDER BY date, ${q.groupBy.map((d) => `${PARTICIPATION_DIMENSIONS[d].order} NULLS LAST`).join(", ")}`;
  }
  const rows: Record<string, any>[] = await db.query(sql, params.values);
  return rows.map((r) => ({ date: r.date, row: r, tally: tallyOf(r) }));
}

/** A point of a headcount series before disclosure control: officers by gender on that date. */
interface HeadcountCell {
  date: string;
  row: Record<string, unknown>;
  tally: GenderTally;
}

const COLUMNS = ALL_GENDERS.map((g) => `"n_${g}"`);

/** The year, quarter or month of a point, from its date: the select aliases of the registry's YEAR, QUARTER, MONTH. */
const POINT_TIME: Record<(typeof TIME_DIMENSIONS)[number], string> = {
  YEAR: "extract(year FROM date)::int AS year",
  QUARTER: `to_char(date, 'YYYY-"Q"Q') AS quarter`,
  MONTH: "to_char(date, 'YYYY-MM') AS month",
};

export interface HeadcountQuery {
  period: Period;
  interval: IntervalUnit;
  filter?: ParticipationFilterValues | null;
  groupBy: ParticipationDimension[];
  minCellSize: number;
}

/**
 * Headcount at each period end (docs/definitions.md 5) under disclosure control: each date is a table of its
 * own, protected as participation over that single day is (docs/disclosure.md), so a point shows
 * the same figures as femaleParticipation(from: D, to: D) would. YEAR, QUARTER and MONTH of a point
 * are its date's, not dimensions of the table. One statement per grouping of the protected dimensions, plus the
 * request's own when a filter or a calendar dimension shapes it.
 */
export async function headcountSeries(db: Queryable, q: HeadcountQuery): Promise<HeadcountPointValues[]> {
  const ends = periodEnds(q.period, q.interval);
  if (!ends.length) return [];
  const genders: readonly Gender[] | null = q.filter?.genders ?? null;
  const grouped = q.groupBy.filter((d) => !isTimeDimension(d));
  const narrowed = filteredDimensions(q.filter, false).length > 0;
  const values = (groupBy: readonly ParticipationDimension[], filter: ParticipationFilterValues | null | undefined) =>
    headcountPoints(db, { period: q.period, interval: q.interval, ends, filter, groupBy });
  const tables = new Map<string, ProtectedTable>();
  let points: HeadcountCell[] | null = null;
  if (q.minCellSize > 0) {
    const dims = protectedDimensions(grouped, q.filter, false);
    const byDate = new Map<string, RegisterCell[]>();
    for (const level of levelsOf(dims.length)) {
      const levelDims = dims.filter((_, i) => level & (1 << i));
      const cells = await values(levelDims, null);
      if (!narrowed && levelDims.length === grouped.length && grouped.length === q.groupBy.length) points = cells;
      for (const c of cells) {
        const list = byDate.get(c.date) ?? [];
        list.push({ level, row: c.row, tally: c.tally });
        byDate.set(c.date, list);
      }
    }
    for (const [date, cells] of byDate) tables.set(date, await ProtectedTable.build(dims, cells, q.minCellSize));
  }
  points ??= await values(q.groupBy, q.filter);
  const out: HeadcountPointValues[] = [];
  for (const p of points) {
    const counts = countsOf(p.tally, genders);
    const all = countsOf(p.tally);
    const table = tables.get(p.date);
    const suppressed = all.known < q.minCellSize || (q.minCellSize > 0 && (!table || table.hides(grouped, p.row, q.filter, false)));
    // Grouped series list cells with an officer (of the filtered genders), and every suppressed one.
    if (q.groupBy.length && counts.officers === 0 && !suppressed) continue;
    const hideCounts = suppressed && genders !== null;
    out.push({
      date: p.date,
      key: keyOf(PARTICIPATION_DIMENSIONS, p.row),
      officers: hideCounts ? null : counts.officers,
      known: hideCounts ? null : counts.known,
      female: suppressed ? null : counts.female,
      rate: suppressed ? null : rate(counts.female, counts.known),
      suppressed,
    });
  }
  return out;
}
