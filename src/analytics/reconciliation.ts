import { SqlParams, type Queryable } from "../repositories/sql";
import type { Period } from "./period";

export interface ReconciliationRowValues {
  date: string;
  missionId: number;
  registerHeadcount: number;
  unReported: number | null;
  difference: number | null;
}

/**
 * The register against the UN (DESIGN.md 13), one statement: at each month end and for each
 * UN-led mission, the register's headcount against Canada's individual police in the UN report.
 * A month with UN data but no Canadian row counts 0; a month without UN data is null.
 */
export async function reconciliation(db: Queryable, q: { period: Period; mission?: string | null }): Promise<ReconciliationRowValues[]> {
  const params = new SqlParams();
  const from = params.bind(q.period.from);
  const to = params.bind(q.period.to);
  const only = q.mission ? `AND m.code = ${params.bind(q.mission)}` : "";
  const sql = `
    WITH months AS (
      SELECT (date_trunc('month', g) + interval '1 month - 1 day')::date AS date
      FROM generate_series(date_trunc('month', ${from}::date), ${to}::date, interval '1 month') g),
    ends AS (SELECT date FROM months WHERE date BETWEEN ${from}::date AND ${to}::date),
    missions AS (SELECT m.id, m.code FROM mission m JOIN organization o ON o.id = m.lead_organization_id WHERE o.code = 'UN' ${only}),
    un_months AS (SELECT DISTINCT as_of_date FROM un_contribution WHERE as_of_date BETWEEN ${from}::date AND ${to}::date),
    grid AS (
      SELECT e.date, ms.id AS mission_id, ms.code,
        (SELECT count(DISTINCT d.officer_id) FROM deployment d
          WHERE d.mission_id = ms.id AND d.start_date <= e.date AND (d.end_date IS NULL OR d.end_date >= e.date))::int AS register,
        CASE WHEN e.date IN (SELECT as_of_date FROM un_months) THEN
          coalesce((SELECT sum(u.total) FROM un_contribution u WHERE u.as_of_date = e.date AND u.mission_id = ms.id
            AND u.country_iso3 = 'CAN' AND u.personnel_type = 'INDIVIDUAL_POLICE'), 0)::int END AS un
      FROM ends e CROSS JOIN missions ms),
    active AS (SELECT mission_id FROM grid GROUP BY mission_id HAVING max(register) > 0 OR max(coalesce(un, 0)) > 0)
    SELECT g.date, g.mission_id AS "missionId", g.register AS "registerHeadcount", g.un AS "unReported",
      g.register - g.un AS difference
    FROM grid g JOIN active a USING (mission_id)
    ORDER BY g.date, g.code COLLATE "C"`;
  return db.query(sql, params.values);
}
