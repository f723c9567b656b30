import { SqlParams, type Queryable } from "../repositories/sql";
import { ParticipationDimension } from "./dimensions";
import { femaleParticipation } from "./participation";

export interface TargetProgressValues {
  targetId: number;
  actual: number | null;
  gap: number | null;
  met: boolean | null;
}

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

/**
 * Progress to every target (optionally one year or one indicator): the actual value of its
 * indicator in the target's year, the gap (actual - target) and whether it is met. At most four
 * statements: the targets, the UN shares of their years, the register rates (all, senior) by year.
 */
export async function targetProgress(db: Queryable, q: { year?: number | null; indicator?: string | null; minCellSize: number }): Promise<TargetProgressValues[]> {
  const params = new SqlParams();
  const c: string[] = [];
  if (q.year !== null && q.year !== undefined) c.push(`t.year = ${params.bind(q.year)}`);
  if (q.indicator) c.push(`i.code = ${params.bind(q.indicator)}`);
  const targets: { id: number; year: number; value: number; code: string }[] = await db.query(
    `SELECT t.id, t.year, t.value::float8 AS value, i.code FROM wps_target t JOIN wps_indicator i ON i.id = t.indicator_id
     ${c.length ? `WHERE ${c.join(" AND ")}` : ""} ORDER BY i.code COLLATE "C", t.year`,
    params.values,
  );
  const unYears = [...new Set(targets.filter((t) => INDICATOR_ACTUALS[t.code]?.kind === "un").map((t) => t.year))];
  const unShares = new Map<string, number | null>();
  if (unYears.length) {
    const rows: { year: number; personnel_type: string; female: number; total: number }[] = await db.query(
      `SELECT extract(year FROM as_of_date)::int AS year, personnel_type, sum(female)::int AS female, sum(total)::int AS total
       FROM un_contribution WHERE extract(year FROM as_of_date)::int = ANY($1) GROUP BY 1, 2`,
      [unYears],
    );
    for (const r of rows) unShares.set(`${r.year}:${r.personnel_type}`, r.total ? r.female / r.total : null);
  }
  // Register rates of every target year in one statement per flavour (all / senior), grouped by YEAR.
  const registerRates = new Map<string, number | null>();
  for (const seniorOnly of [false, true]) {
    const years = targets.filter((t) => { const how = INDICATOR_ACTUALS[t.code]; return how?.kind === "register" && how.seniorOnly === seniorOnly; }).map((t) => t.year);
    if (!years.length) continue;
    const report = await femaleParticipation(db, {
      period: { from: `${Math.min(...years)}-01-01`, to: `${Math.max(...years)}-12-31` },
      groupBy: [ParticipationDimension.YEAR], seniorOnly, minCellSize: q.minCellSize,
    });
    for (const row of report.rows) registerRates.set(`${row.key.year}:${seniorOnly}`, row.rate);
  }
  const out: TargetProgressValues[] = [];
  for (const t of targets) {
    const how = INDICATOR_ACTUALS[t.code];
    const actual =
      how?.kind === "un" ? (unShares.get(`${t.year}:${how.personnelType}`) ?? null)
      : how?.kind === "register" ? (registerRates.get(`${t.year}:${how.seniorOnly}`) ?? null)
      : null;
    out.push({ targetId: t.id, actual, gap: actual === null ? null : actual - t.value, met: actual === null ? null : actual >= t.value });
  }
  return out;
}
