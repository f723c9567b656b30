import { SqlParams, type Queryable } from "../repositories/sql";
import { ParticipationDimension } from "./dimensions";
import { femaleParticipation } from "./participation";
import { today, yearOf } from "./period";
import { provenanceOf, registerProvenance, type ProvenanceValues } from "./provenance";
import { leastSquaresSlope } from "./trend";

export interface TargetProgressValues {
  targetId: number;
  /** The indicator's value in the target's own year, the gap to the target and whether it is met. */
  actual: number | null;
  gap: number | null;
  met: boolean | null;
  /** The latest value available up to the target's year (and today): its year, the last date it covers, and for register rates its interval. */
  latestYear: number | null;
  latestDate: string | null;
  latestValue: number | null;
  latestInterval: { low: number; high: number } | null;
  /** Least-squares slope of the yearly values over the trend window, per year (0.01 = one percentage point a year). */
  trendPerYear: number | null;
  trendFromYear: number | null;
  trendToYear: number | null;
  /** The change per year that would take the latest value to the target by the target's year. */
  neededPerYear: number | null;
  /** The latest value carried forward along the trend to the target's year. */
  projectedValue: number | null;
  /** Whether the trend reaches the target by its year (for a target year already reached: whether the latest value meets it). */
  onTrack: boolean | null;
  provenance: ProvenanceValues | null;
}

/** The trend is fitted over the last TREND_YEARS calendar years up to the latest value (docs/definitions.md 12). */
export const TREND_YEARS = 5;

// How each indicator's actual value is computed (docs/definitions.md 12): a whitelist by indicator code.
type Actual = { kind: "register"; seniorOnly: boolean } | { kind: "un"; personnelType: string };
export const INDICATOR_ACTUALS: Record<string, Actual> = {
  NAP_WOMEN_DEPLOYED_POLICE: { kind: "register", seniorOnly: false },
  NAP_WOMEN_SENIOR_POLICE: { kind: "register", seniorOnly: true },
  GPS_IPO_WOMEN: { kind: "un", personnelType: "INDIVIDUAL_POLICE" },
  GPS_FPU_WOMEN: { kind: "un", personnelType: "FORMED_POLICE_UNIT" },
  GPS_TROOPS_WOMEN: { kind: "un", personnelType: "TROOPS" },
  GPS_SO_WOMEN: { kind: "un", personnelType: "STAFF_OFFICER" },
};

/** One year of an indicator: its value, the last date it covers, its interval (register rates). */
interface YearValue {
  value: number;
  date: string;
  interval: { low: number; high: number } | null;
}

type Series = Map<number, YearValue>;

/**
 * Progress to every target (optionally one year or one indicator), docs/definitions.md 12: the
 * indicator's value in the target's year (actual, gap, met), and the latest value up to the target's
 * year with its trend, the yearly change needed and whether the trend gets there. The yearly values
 * come from at most five statements: the targets, the UN shares of every year with their sources,
 * the register rates (all, senior) by year, and the register's sources.
 */
export async function targetProgress(db: Queryable, q: { year?: number | null; indicator?: string | null; minCellSize: number; provenance?: boolean }): Promise<TargetProgressValues[]> {
  const params = new SqlParams();
  const c: string[] = [];
  if (q.year !== null && q.year !== undefined) c.push(`t.year = ${params.bind(q.year)}`);
  if (q.indicator) c.push(`i.code = ${params.bind(q.indicator)}`);
  const targets: { id: number; year: number; value: number; code: string }[] = await db.query(
    `SELECT t.id, t.year, t.value::float8 AS value, i.code FROM wps_target t JOIN wps_indicator i ON i.id = t.indicator_id
     ${c.length ? `WHERE ${c.join(" AND ")}` : ""} ORDER BY i.code COLLATE "C", t.year`,
    params.values,
  );
  const now = today();
  const thisYear = yearOf(now);
  // The years each target reads: its trend window up to min(its year, this year), and its own year.
  const readTo = (year: number) => Math.min(year, thisYear);
  const un = targets.some((t) => INDICATOR_ACTUALS[t.code]?.kind === "un") ? await unSeries(db) : null;
  const register = new Map<boolean, Series>();
  let registerSources: ProvenanceValues | null = null;
  const registerTargets = targets.filter((t) => INDICATOR_ACTUALS[t.code]?.kind === "register");
  if (registerTargets.length) {
    const from = Math.min(...registerTargets.map((t) => readTo(t.year))) - TREND_YEARS + 1;
    const to = Math.max(...registerTargets.map((t) => t.year));
    const period = { from: `${from}-01-01`, to: to >= thisYear ? now : `${to}-12-31` };
    for (const seniorOnly of [false, true]) {
      if (!registerTargets.some((t) => (INDICATOR_ACTUALS[t.code] as { seniorOnly?: boolean }).seniorOnly === seniorOnly)) continue;
      register.set(seniorOnly, await registerSeries(db, period, seniorOnly, q.minCellSize, now));
    }
    if (q.provenance !== false) registerSources = await registerProvenance(db, { period });
  }
  return targets.map((t) => {
    const how = INDICATOR_ACTUALS[t.code];
    const series: Series = how?.kind === "un" ? (un?.values.get(how.personnelType) ?? new Map()) : how?.kind === "register" ? (register.get(how.seniorOnly) ?? new Map()) : new Map();
    const progress = progressOf(t, series, readTo(t.year));
    const provenance = q.provenance === false ? null
      : how?.kind === "un" ? unProvenanceOf(un!, how.personnelType, t.year, progress.trendFromYear ?? progress.latestYear)
      // The register rows of the years read; the last date this target's figures describe.
      : { ...(registerSources ?? provenanceOf([], null)), asOf: progress.latestDate ?? (`${t.year}-12-31` > now ? now : `${t.year}-12-31`) };
    return { targetId: t.id, ...progress, provenance };
  });
}

/** A target's figures from the yearly values of its indicator (docs/definitions.md 12). */
export function progressOf(t: { year: number; value: number }, series: Series, upTo: number): Omit<TargetProgressValues, "targetId" | "provenance"> {
  const own = series.get(t.year)?.value ?? null;
  const years = [...series.keys()].filter((y) => y <= upTo).sort((a, b) => a - b);
  const latestYear = years.length ? years[years.length - 1] : null;
  const latest = latestYear === null ? null : series.get(latestYear)!;
  const window = latestYear === null ? [] : years.filter((y) => y > latestYear - TREND_YEARS);
  const trendPerYear = window.length >= 2 ? leastSquaresSlope(window.map((y) => [y, series.get(y)!.value])) : null;
  const ahead = latestYear === null ? 0 : t.year - latestYear;
  const neededPerYear = latest && ahead > 0 ? (t.value - latest.value) / ahead : null;
  const projectedValue = !latest ? null : ahead <= 0 ? latest.value : trendPerYear === null ? null : latest.value + trendPerYear * ahead;
  return {
    actual: own,
    gap: own === null ? null : own - t.value,
    met: own === null ? null : own >= t.value,
    latestYear,
    latestDate: latest?.date ?? null,
    latestValue: latest?.value ?? null,
    latestInterval: latest?.interval ?? null,
    trendPerYear,
    trendFromYear: trendPerYear === null ? null : window[0],
    trendToYear: trendPerYear === null ? null : latestYear,
    neededPerYear,
    projectedValue,
    onTrack: projectedValue === null ? null : projectedValue >= t.value,
  };
}

/** The register's women's participation rate of every calendar year of the period (definitions 2, 3, 6, 8); suppressed years have no value. */
async function registerSeries(db: Queryable, period: { from: string; to: string }, seniorOnly: boolean, minCellSize: number, now: string): Promise<Series> {
  const report = await femaleParticipation(db, { period, groupBy: [ParticipationDimension.YEAR], seniorOnly, minCellSize });
  const series: Series = new Map();
  for (const row of report.rows) {
    const year = row.key.year as number;
    if (row.rate === null) continue;
    const end = `${year}-12-31`;
    series.set(year, { value: row.rate, date: end > now ? now : end, interval: row.interval });
  }
  return series;
}

interface UnSeries {
  /** By personnel type, the share of every year with data (definition 11). */
  values: Map<string, Series>;
  /** By personnel type and year, the files read. */
  sources: Map<string, string[]>;
}

/** The UN's women's share by personnel type and calendar year, all contributors and missions, in one statement. */
async function unSeries(db: Queryable): Promise<UnSeries> {
  const rows: { year: number; personnel_type: string; female: number; total: number; latest: string; sources: string[] }[] = await db.query(
    `SELECT extract(year FROM as_of_date)::int AS year, personnel_type, sum(female)::int AS female, sum(total)::int AS total,
       max(as_of_date)::text AS latest, array_agg(DISTINCT source) AS sources
     FROM un_contribution GROUP BY 1, 2`,
  );
  const values = new Map<string, Series>();
  const sources = new Map<string, string[]>();
  for (const r of rows) {
    if (!values.has(r.personnel_type)) values.set(r.personnel_type, new Map());
    if (r.total > 0) values.get(r.personnel_type)!.set(r.year, { value: r.female / r.total, date: r.latest, interval: null });
    sources.set(`${r.personnel_type}:${r.year}`, r.sources);
  }
  return { values, sources };
}

/** The UN files of the years a target read: its trend window (or latest year) up to its latest, and its own year. */
function unProvenanceOf(un: UnSeries, personnelType: string, targetYear: number, fromYear: number | null): ProvenanceValues {
  const series = un.values.get(personnelType) ?? new Map<number, YearValue>();
  const years = [...series.keys()].filter((y) => y === targetYear || (fromYear !== null && y >= fromYear && y <= targetYear));
  const sources = years.flatMap((y) => un.sources.get(`${personnelType}:${y}`) ?? []);
  const asOf = years.length ? years.map((y) => series.get(y)!.date).sort().at(-1)! : null;
  return provenanceOf(sources, asOf);
}
