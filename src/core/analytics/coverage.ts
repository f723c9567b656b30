import { SqlParams, type Queryable } from "../repositories/sql";
import type { ParticipationFilterValues } from "./participation-filter";
import type { Period } from "./period";
import { hostJoin, registerBase } from "./register-base";
import { rate } from "./wilson";
import { UserInputError } from "../errors";
import { ParticipationDimension } from "./dimensions";
import { femaleParticipation } from "./participation";

export interface CountryCoverageValues {
  countryIso3: string;
  missions: number;
  officers: number;
  deployments: number;
  personDays: number;
  firstDeploymentDate: string;
  lastDeploymentDate: string | null;
  activeAtEnd: boolean;
  femaleRate: number | null;
  known: number;
  suppressed: boolean;
}

export interface CoverageYearValues {
  year: number;
  countries: number;
  cumulativeCountries: number;
}

/**
 * The host countries whose female rate is withheld: a country's row is the COUNTRY row of
 * femaleParticipation over the same period and filter, so it takes that row's disclosure control
 * (docs/disclosure.md). A `genders` filter would make every figure of the report (officers,
 * deployments, dates, countries served) say where officers of those genders served, which
 * suppression of the rate cannot protect: with a minimum cell size it is refused.
 */
async function withheldCountries(db: Queryable, q: { period: Period; filter?: ParticipationFilterValues | null; minCellSize: number }): Promise<Set<string>> {
  if (q.minCellSize === 0) return new Set();
  const report = await femaleParticipation(db, { period: q.period, filter: q.filter, groupBy: [ParticipationDimension.COUNTRY], minCellSize: q.minCellSize });
  return new Set(report.rows.filter((r) => r.suppressed).map((r) => r.key.countryIso3 as string));
}

/** Refuses a `genders` filter on country coverage when figures are suppressed (see withheldCountries). */
export function assertCoverageFilter(filter: ParticipationFilterValues | null | undefined, minCellSize: number): void {
  if (filter?.genders && minCellSize > 0) {
    throw new UserInputError(
      "filter.genders: countryCoverage cannot be narrowed by gender when small cells are suppressed (every figure of it would then count " +
        "officers of those genders: deployments, dates, countries served); use femaleRate per country, or femaleParticipation grouped by COUNTRY, " +
        "or ask with an ANALYST key and minCellSize: 0",
      "filter.genders",
    );
  }
}

/**
 * Country coverage (docs/definitions.md 10) in one statement: per host country over the deployments that
 * overlap the period, and by year from year(from) (default: the earliest deployment) to year(to).
 */
export async function countryCoverage(
  db: Queryable,
  q: { period: Period; fromGiven: boolean; filter?: ParticipationFilterValues | null; minCellSize: number },
): Promise<{ countries: CountryCoverageValues[]; byYear: CoverageYearValues[] }> {
  const params = new SqlParams();
  // All deployments passing the filter (not the period): cumulative counts run from the first record.
  const base = registerBase(params, { filter: q.filter, dimensions: [] }, q.period);
  const from = params.bind(q.period.from);
  const to = params.bind(q.period.to);
  const hosts = hostJoin(params, q.filter);
  const firstYear = q.fromGiven ? `extract(year FROM ${from}::date)::int` : `(SELECT min(y0) FROM spans)`;
  // byYear works on the distinct (mission, start year, end year) spans, a few hundred rows, instead
  // of probing every deployment for every year.
  const sql = `
    WITH base AS NOT MATERIALIZED (${base}),
    inside AS (
      SELECT b.*, h.country_iso3 FROM base b ${hosts}
      WHERE b.start_date <= ${to}::date AND (b.end_date IS NULL OR b.end_date >= ${from}::date)),
    countries AS (
      SELECT country_iso3 AS "countryIso3", count(DISTINCT mission_id)::int AS missions, count(DISTINCT officer_id)::int AS officers,
        count(*)::int AS deployments, sum(e - s + 1)::bigint AS "personDays", min(start_date) AS "firstDeploymentDate",
        CASE WHEN bool_or(end_date IS NULL) THEN NULL ELSE max(end_date) END AS "lastDeploymentDate",
        bool_or(end_date IS NULL OR end_date >= ${to}::date) AS "activeAtEnd",
        count(DISTINCT officer_id) FILTER (WHERE gender <> 'UNDISCLOSED')::int AS known,
        count(DISTINCT officer_id) FILTER (WHERE gender = 'FEMALE')::int AS female
      FROM inside GROUP BY country_iso3),
    spans AS MATERIALIZED (
      SELECT h.country_iso3, s.y0, s.y1
      FROM (SELECT b.mission_id, extract(year FROM b.start_date)::int AS y0, extract(year FROM b.end_date)::int AS y1
            FROM base b GROUP BY 1, 2, 3) s
      ${hosts.replace("b.mission_id", "s.mission_id")}),
    years AS (SELECT generate_series(${firstYear}, extract(year FROM ${to}::date)::int) AS year),
    by_year AS (
      SELECT y.year,
        count(DISTINCT s.country_iso3) FILTER (WHERE s.y1 IS NULL OR s.y1 >= y.year)::int AS countries,
        count(DISTINCT s.country_iso3)::int AS "cumulativeCountries"
      FROM years y LEFT JOIN spans s ON s.y0 <= y.year
      GROUP BY y.year)
    SELECT (SELECT coalesce(json_agg(c ORDER BY "countryIso3" COLLATE "C"), '[]'::json) FROM countries c) AS countries,
           (SELECT coalesce(json_agg(b ORDER BY year), '[]'::json) FROM by_year b) AS "byYear"`;
  const [result] = await db.query(sql, params.values);
  const withheld = await withheldCountries(db, q);
  const countries = (result.countries as Record<string, any>[]).map((c) => {
    const suppressed = c.known < q.minCellSize || withheld.has(c.countryIso3);
    return {
      countryIso3: c.countryIso3, missions: c.missions, officers: c.officers, deployments: c.deployments,
      personDays: Number(c.personDays), firstDeploymentDate: c.firstDeploymentDate, lastDeploymentDate: c.lastDeploymentDate,
      activeAtEnd: c.activeAtEnd, known: c.known, suppressed, femaleRate: suppressed ? null : rate(c.female, c.known),
    };
  });
  return { countries, byYear: result.byYear };
}
