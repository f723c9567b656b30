import { SqlParams, type Queryable } from "../repositories/sql";
import type { Period } from "./period";

export type ContributionDim = "MONTH" | "YEAR" | "MISSION" | "CONTRIBUTOR" | "PERSONNEL_TYPE";

export interface ContributionFilterValues {
  missions?: string[] | null;
  contributors?: string[] | null;
  personnelTypes?: string[] | null;
}

const DIMS: Record<ContributionDim, { select: string; part: string; order: string }> = {
  MONTH: { select: "u.as_of_date AS month", part: "u.as_of_date", order: "month" },
  YEAR: { select: "extract(year FROM u.as_of_date)::int AS year", part: "extract(year FROM u.as_of_date)", order: "year" },
  MISSION: { select: 'u.mission_id AS "missionId", m.code AS __mission_code', part: "u.mission_id", order: `__mission_code COLLATE "C"` },
  CONTRIBUTOR: { select: 'u.country_iso3 AS "contributorIso3"', part: "u.country_iso3", order: `"contributorIso3" COLLATE "C"` },
  PERSONNEL_TYPE: { select: 'u.personnel_type AS "personnelType"', part: "u.personnel_type", order: `"personnelType" COLLATE "C"` },
};

// Sums over month-end snapshots of a group; `latest` is the group's last snapshot date (a window).
const AGGREGATES = `count(DISTINCT u.as_of_date)::int AS snapshots, sum(u.female)::int AS female, sum(u.male)::int AS male,
  sum(u.total)::int AS total, max(u.as_of_date) AS "latestDate",
  sum(u.total) FILTER (WHERE u.as_of_date = u.latest)::int AS "latestTotal",
  sum(u.female) FILTER (WHERE u.as_of_date = u.latest)::int AS "latestFemale"`;

export interface ContributionRowValues {
  key: { month: string | null; year: number | null; missionId: number | null; contributorIso3: string | null; personnelType: string | null };
  snapshots: number;
  female: number;
  male: number;
  total: number;
  rate: number | null;
  meanTotal: number;
  latestDate: string;
  latestTotal: number;
  latestFemale: number;
}

function toRow(r: Record<string, any>): ContributionRowValues {
  return {
    key: { month: r.month ?? null, year: r.year ?? null, missionId: r.missionId ?? null, contributorIso3: r.contributorIso3 ?? null, personnelType: r.personnelType ?? null },
    snapshots: r.snapshots,
    female: r.female,
    male: r.male,
    total: r.total,
    rate: r.total ? r.female / r.total : null,
    meanTotal: r.snapshots ? r.total / r.snapshots : 0,
    latestDate: r.latestDate,
    latestTotal: r.latestTotal,
    latestFemale: r.latestFemale,
  };
}

/**
 * UN contribution shares (DESIGN.md 11): stocks at month ends are never summed as flows; a coarser
 * bucket reports sum(female)/sum(total) over its snapshots, the mean monthly total and the latest one.
 */
export async function unContributionShare(db: Queryable, q: { period: Period; filter?: ContributionFilterValues | null; groupBy: ContributionDim[] }) {
  const params = new SqlParams();
  const f = q.filter ?? {};
  const c = [`u.as_of_date BETWEEN ${params.bind(q.period.from)}::date AND ${params.bind(q.period.to)}::date`];
  if (f.missions) c.push(`m.code = ANY(${params.bind(f.missions)})`);
  if (f.contributors) c.push(`u.country_iso3 = ANY(${params.bind(f.contributors)})`);
  if (f.personnelTypes) c.push(`u.personnel_type = ANY(${params.bind(f.personnelTypes)})`);
  const dims = q.groupBy.map((d) => DIMS[d]);
  const filtered = `SELECT u.*, m.code AS mission_code FROM un_contribution u LEFT JOIN mission m ON m.id = u.mission_id WHERE ${c.join(" AND ")}`;
  const windowed = (partition: string[]) =>
    `SELECT u.*, max(u.as_of_date) OVER (${partition.length ? `PARTITION BY ${partition.join(", ")}` : ""}) AS latest FROM f u`;
  const grouped = dims.length
    ? `SELECT ${dims.map((d) => d.select.replace("m.code", "u.mission_code")).join(", ")}, ${AGGREGATES}
       FROM (${windowed(dims.map((d) => d.part))}) u GROUP BY ${dims.map((d) => d.part).join(", ")}${q.groupBy.includes("MISSION") ? ", u.mission_code" : ""}`
    : `SELECT ${AGGREGATES} FROM (${windowed([])}) u HAVING count(*) > 0`;
  const order = dims.length ? `ORDER BY ${dims.map((d) => `${d.order} NULLS LAST`).join(", ")}` : "";
  const sql = `WITH f AS (${filtered}), grouped AS (${grouped})
    SELECT (SELECT coalesce(json_agg(g ${order}), '[]'::json) FROM grouped g) AS rows,
           (SELECT row_to_json(x) FROM (SELECT ${AGGREGATES} FROM (${windowed([])}) u) x) AS total`;
  const [result] = await db.query(sql, params.values);
  return { total: toRow(result.total), rows: (result.rows as Record<string, any>[]).map(toRow) };
}
