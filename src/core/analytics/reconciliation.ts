import { SqlParams, type Queryable } from "../repositories/sql";
import { monthIndex } from "./months";
import type { Period } from "./period";

export interface ReconciliationRowValues {
  date: string;
  missionId: number;
  registerHeadcount: number;
  unReported: number | null;
  difference: number | null;
}

/**
 * The register against the UN (docs/definitions.md 13), one statement: at each month end and for each
 * UN-led mission, the register's headcount against Canada's individual police in the UN report.
 * A month with UN data but no Canadian row counts 0; a month without UN data is null.
 * Each deployment is expanded once to the month ends it covers and counted per (mission, month),
 * rather than probing the deployments for every cell of the grid (30x faster at 1M deployments).
 */
export async function reconciliation(db: Queryable, q: { period: Period; mission?: string | null }): Promise<ReconciliationRowValues[]> {
  const params = new SqlParams();
  const from = `${params.bind(q.period.from)}::date`;
  const to = `${params.bind(q.period.to)}::date`;
  const only = q.mission ? `AND m.code = ${params.bind(q.mission)}` : "";
  const sql = `
    WITH missions AS (
      SELECT m.id, m.code FROM mission m JOIN organization o ON o.id = m.lead_organization_id WHERE o.code = 'UN' ${only}),
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
        coalesce(sum(total) FILTER (WHERE country_iso3 = 'CAN' AND personnel_type = 'INDIVIDUAL_POLICE'), 0)::int AS n
      FROM un_contribution WHERE as_of_date BETWEEN ${from} AND ${to}
      GROUP BY as_of_date, mission_id),
    un_months AS (SELECT DISTINCT date FROM un),
    grid AS (
      SELECT mo.date, ms.id AS mission_id, ms.code, coalesce(r.n, 0) AS register,
        CASE WHEN um.date IS NOT NULL THEN coalesce(u.n, 0) END AS un
      FROM months mo CROSS JOIN missions ms
      LEFT JOIN register r ON r.mission_id = ms.id AND r.m = mo.m
      LEFT JOIN un u ON u.mission_id = ms.id AND u.date = mo.date
      LEFT JOIN un_months um ON um.date = mo.date)
    SELECT date, mission_id AS "missionId", register AS "registerHeadcount", un AS "unReported", register - un AS difference
    FROM grid
    WHERE date BETWEEN ${from} AND ${to}
      AND mission_id IN (SELECT mission_id FROM grid GROUP BY mission_id HAVING max(register) > 0 OR max(coalesce(un, 0)) > 0)
    ORDER BY date, code COLLATE "C"`;
  return db.query(sql, params.values);
}
