import { SqlParams, type Queryable } from "../repositories/sql";
import { monthIndex } from "./months";
import type { Period } from "./period";

/** What a reconciliation row compares: one mission, or Canada's total over the UN's missions. */
export enum ReconciliationLevel {
  MISSION = "MISSION",
  COUNTRY_TOTAL = "COUNTRY_TOTAL",
}

/** What the UN's data holds for a row's mission and month (docs/definitions.md 13). */
export enum UnCoverage {
  /** The UN's figures of that month list police by mission (a mission row), or Canada's total (the country-total row). */
  REPORTED = "REPORTED",
  /** The UN published that month's police by country only, not by mission: a mission row has no UN figure. */
  COUNTRY_TOTAL_ONLY = "COUNTRY_TOTAL_ONLY",
  /** The UN's data never lists police in that mission, in any month or from any country. */
  NOT_REPORTED = "NOT_REPORTED",
  /** The UN's data has no report for that month. */
  NO_DATA = "NO_DATA",
}

/** The UN's police, as the register's officers may be counted in either (Canada's shipped rows are all individual police). */
const UN_POLICE = `('INDIVIDUAL_POLICE', 'FORMED_POLICE_UNIT')`;

export interface ReconciliationRowValues {
  date: string;
  /** Null on a country-total row. */
  missionId: number | null;
  level: ReconciliationLevel;
  unCoverage: UnCoverage;
  registerHeadcount: number;
  unReported: number | null;
  difference: number | null;
}

/**
 * The register against the UN (docs/definitions.md 13), one statement: at each month end and for each
 * UN-led mission, the register's headcount against Canada's police in the UN report, with what the
 * UN's data holds for that mission and month (UnCoverage). In a month the UN gave by country only,
 * the mission rows have no UN figure and a country-total row (last of its date, left out when one
 * `mission` is asked) compares the register's officers in the UN-led missions the UN lists police in
 * with Canada's total.
 * Each deployment is expanded once to the month ends it covers and counted per (mission, month),
 * rather than probing the deployments for every cell of the grid (30x faster at 1M deployments); the
 * country totals expand again only the deployments that overlap the months given by country only,
 * clipped to those months (about a quarter more time at 1M deployments).
 */
export async function reconciliation(db: Queryable, q: { period: Period; mission?: string | null }): Promise<ReconciliationRowValues[]> {
  const params = new SqlParams();
  const from = `${params.bind(q.period.from)}::date`;
  const to = `${params.bind(q.period.to)}::date`;
  const only = q.mission ? `AND m.code = ${params.bind(q.mission)}` : "";
  const missionRows = `
    SELECT date, mission_id, code, 'MISSION' AS level, coverage, register,
      CASE WHEN coverage = 'REPORTED' THEN un END AS un
    FROM grid
    WHERE mission_id IN (SELECT mission_id FROM grid GROUP BY mission_id HAVING max(register) > 0 OR max(un) FILTER (WHERE coverage = 'REPORTED') > 0)`;
  // The months given by country only, and the register's distinct officers on those dates in the
  // UN-led missions the UN lists police in. \`start_date + 0\` keeps the planner off the
  // (mission, start) index, whose range scans would read most of each mission's deployments: one
  // sequential pass is cheaper.
  const countryCtes = `,
    totals AS (
      SELECT mo.m, mo.date, um.n FROM months mo JOIN un_months um ON um.date = mo.date WHERE NOT um.by_mission),
    country AS (
      SELECT x.m, count(DISTINCT d.officer_id)::int AS n
      FROM (SELECT min(date) AS f, max(date) AS l FROM totals HAVING count(*) > 0) w
      JOIN deployment d ON d.start_date + 0 <= w.l AND (d.end_date IS NULL OR d.end_date >= w.f)
      CROSS JOIN LATERAL generate_series(${monthIndex("GREATEST(d.start_date, w.f)")}, ${monthIndex("(LEAST(coalesce(d.end_date, w.l), w.l) + 1)")} - 1) AS x(m)
      WHERE d.mission_id IN (SELECT id FROM missions WHERE listed) AND x.m IN (SELECT m FROM totals)
      GROUP BY x.m)`;
  const countryRows = `
    UNION ALL
    SELECT t.date, NULL, NULL, 'COUNTRY_TOTAL', 'REPORTED', coalesce(c.n, 0), t.n FROM totals t LEFT JOIN country c ON c.m = t.m`;
  const sql = `
    WITH missions AS (
      SELECT m.id, m.code,
        m.id IN (SELECT mission_id FROM un_contribution WHERE personnel_type IN ${UN_POLICE} AND mission_id IS NOT NULL) AS listed
      FROM mission m JOIN organization o ON o.id = m.lead_organization_id WHERE o.code = 'UN' ${only}),
    months AS (
      SELECT g.m, (make_date(g.m / 12, g.m % 12 + 1, 1) + interval '1 month - 1 day')::date AS date
      FROM generate_series(${monthIndex(from)}, ${monthIndex(`(${to} + 1)`)} - 1) AS g(m)),
    register AS (
      SELECT d.mission_id, x.m, count(DISTINCT d.officer_id)::int AS n
      FROM deployment d
      CROSS JOIN LATERAL (SELECT GREATEST(d.start_date, ${from}) AS s, LEAST(coalesce(d.end_date, ${to}), ${to}) AS e) c
      CROSS JOIN LATERAL generate_series(${monthIndex("c.s")}, ${monthIndex("(c.e + 1)")} - 1) AS x(m)
      WHERE d.mission_id IN (SELECT id FROM missions) AND d.start_date <= ${to} AND (d.end_date IS NULL OR d.end_date >= ${from})
      GROUP BY d.mission_id, x.m),
    un AS (
      SELECT as_of_date AS date, mission_id,
        coalesce(sum(total) FILTER (WHERE country_iso3 = 'CAN' AND personnel_type IN ${UN_POLICE}), 0)::int AS n,
        bool_or(personnel_type IN ${UN_POLICE}) AS police
      FROM un_contribution WHERE as_of_date BETWEEN ${from} AND ${to}
      GROUP BY as_of_date, mission_id),
    un_months AS (
      SELECT date, bool_or(police AND mission_id IS NOT NULL) AS by_mission, sum(n)::int AS n FROM un GROUP BY date),
    grid AS (
      SELECT mo.date, ms.id AS mission_id, ms.code, coalesce(r.n, 0) AS register, coalesce(u.n, 0) AS un,
        CASE WHEN um.date IS NULL THEN 'NO_DATA' WHEN NOT ms.listed THEN 'NOT_REPORTED'
          WHEN NOT um.by_mission THEN 'COUNTRY_TOTAL_ONLY' ELSE 'REPORTED' END AS coverage
      FROM months mo CROSS JOIN missions ms
      LEFT JOIN register r ON r.mission_id = ms.id AND r.m = mo.m
      LEFT JOIN un u ON u.mission_id = ms.id AND u.date = mo.date
      LEFT JOIN un_months um ON um.date = mo.date)${q.mission ? "" : countryCtes},
    rows AS (${missionRows}${q.mission ? "" : countryRows})
    SELECT date, mission_id AS "missionId", level, coverage AS "unCoverage", register AS "registerHeadcount", un AS "unReported",
      register - un AS difference
    FROM rows
    ORDER BY date, mission_id IS NULL, code COLLATE "C"`;
  return db.query(sql, params.values);
}
