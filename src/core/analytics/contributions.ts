import { SqlParams, type Queryable } from "../repositories/sql";
import { keyOf, type KeySpec, type KeyValues } from "./dimension-keys";
import type { Period } from "./period";

export type ContributionDim = "MONTH" | "YEAR" | "MISSION" | "CONTRIBUTOR" | "PERSONNEL_TYPE";

export interface ContributionFilterValues {
  missions?: string[] | null;
  contributors?: string[] | null;
  personnelTypes?: string[] | null;
}

/**
 * The registry of UN contribution dimensions, each declared once: its key and its SQL over the
 * collapsed snapshots `f`. Time dimensions come from the snapshot date; the others are collapsed
 * first (see below).
 */
export const CONTRIBUTION_DIMENSIONS = {
  MONTH: {
    keyField: "month", field: "month", value: "date", description: "Month-end date of the snapshot.", label: "Month", column: { path: "month", name: "month" },
    select: "f.as_of_date AS month", group: "f.as_of_date", order: "month", time: true,
  },
  YEAR: {
    keyField: "year", field: "year", value: "int", label: "Year", column: { path: "year", name: "year" },
    select: "extract(year FROM f.as_of_date)::int AS year", group: "extract(year FROM f.as_of_date)", order: "year", time: true,
  },
  MISSION: {
    keyField: "missionId", field: "mission", value: { refers: "mission" }, label: "Mission", column: { path: "mission.code", name: "mission_code" },
    description: "Null also for the UN's country totals without a mission (2018-03..2019-08).",
    select: 'f.mission_id AS "missionId", f.mission_code AS __mission_code', group: "f.mission_id, f.mission_code", order: `__mission_code COLLATE "C"`, time: false,
  },
  CONTRIBUTOR: {
    keyField: "contributorIso3", field: "contributor", value: { refers: "country" }, label: "Contributing country", column: { path: "contributor.iso3", name: "contributor_iso3" },
    select: 'f.country_iso3 AS "contributorIso3"', group: "f.country_iso3", order: `"contributorIso3" COLLATE "C"`, time: false,
  },
  PERSONNEL_TYPE: {
    keyField: "personnelType", field: "personnelType", value: "personnelType", label: "Personnel type", column: { path: "personnelType", name: "personnel_type" },
    select: 'f.personnel_type AS "personnelType"', group: "f.personnel_type", order: `"personnelType" COLLATE "C"`, time: false,
  },
} as const satisfies Record<ContributionDim, KeySpec & { select: string; group: string; order: string; time: boolean }>;

// Columns of the collapsed snapshots `f` that each non-time dimension keeps.
const KEEP: Record<ContributionDim, string[]> = {
  MONTH: [], YEAR: [], MISSION: ["u.mission_id", "m.code AS mission_code"], CONTRIBUTOR: ["u.country_iso3"], PERSONNEL_TYPE: ["u.personnel_type"],
};

// Over one row per (snapshot date, group): sums over snapshots, and the last snapshot's figures.
const AGGREGATES = `count(*)::int AS snapshots, sum(f.female)::int AS female, sum(f.male)::int AS male,
  sum(f.total)::int AS total, max(f.as_of_date) AS "latestDate",
  (array_agg(f.total ORDER BY f.as_of_date DESC))[1]::int AS "latestTotal",
  (array_agg(f.female ORDER BY f.as_of_date DESC))[1]::int AS "latestFemale"`;

export interface ContributionRowValues {
  key: KeyValues<typeof CONTRIBUTION_DIMENSIONS>;
  snapshots: number;
  female: number;
  male: number;
  total: number;
  rate: number | null;
  meanTotal: number;
  latestDate: string | null;
  latestTotal: number;
  latestFemale: number;
}

function toRow(r: Record<string, any>): ContributionRowValues {
  return {
    key: keyOf(CONTRIBUTION_DIMENSIONS, r),
    snapshots: r.snapshots,
    // An empty total has no sums: zeros, and no latest snapshot.
    female: r.female ?? 0,
    male: r.male ?? 0,
    total: r.total ?? 0,
    rate: r.total ? r.female / r.total : null,
    meanTotal: r.snapshots ? r.total / r.snapshots : 0,
    latestDate: r.latestDate ?? null,
    latestTotal: r.latestTotal ?? 0,
    latestFemale: r.latestFemale ?? 0,
  };
}

/**
 * UN contribution shares (docs/definitions.md 11): stocks at month ends are never summed as flows; a coarser
 * bucket reports sum(female)/sum(total) over its snapshots, the mean monthly total and the latest one.
 */
/** The UN rows a contribution report reads (docs/definitions.md 11): FROM and WHERE over `u` and `m`. */
export function contributionRows(params: SqlParams, q: { period: Period; filter?: ContributionFilterValues | null }): string {
  const f = q.filter ?? {};
  const c = [`u.as_of_date BETWEEN ${params.bind(q.period.from)}::date AND ${params.bind(q.period.to)}::date`];
  if (f.missions) c.push(`m.code = ANY(${params.bind(f.missions)})`);
  if (f.contributors) c.push(`u.country_iso3 = ANY(${params.bind(f.contributors)})`);
  if (f.personnelTypes) c.push(`u.personnel_type = ANY(${params.bind(f.personnelTypes)})`);
  return `un_contribution u LEFT JOIN mission m ON m.id = u.mission_id WHERE ${c.join(" AND ")}`;
}

export async function unContributionShare(db: Queryable, q: { period: Period; filter?: ContributionFilterValues | null; groupBy: ContributionDim[] }) {
  const params = new SqlParams();
  const rowsRead = contributionRows(params, q);
  const dims = q.groupBy.map((d) => CONTRIBUTION_DIMENSIONS[d]);
  const keep = q.groupBy.flatMap((d) => KEEP[d]);
  const keepGroup = keep.map((k) => k.replace(/ AS \w+$/, ""));
  // The table is read once: first the month-end totals of each (date, non-time key), a few hundred
  // rows, so the buckets never sort the raw table; a snapshot is one row there, so count(*) counts
  // snapshots. The total re-sums those rows by date alone.
  const snapshots = `
    SELECT u.as_of_date${keep.map((c) => `, ${c}`).join("")}, sum(u.female) AS female, sum(u.male) AS male, sum(u.total) AS total
    FROM ${rowsRead}
    GROUP BY u.as_of_date${keepGroup.map((g) => `, ${g}`).join("")}`;
  const byDate = `SELECT as_of_date, sum(female) AS female, sum(male) AS male, sum(total) AS total FROM snapshots GROUP BY as_of_date`;
  const grouped = dims.length
    ? `SELECT ${dims.map((d) => d.select).join(", ")}, ${AGGREGATES} FROM snapshots f GROUP BY ${dims.map((d) => d.group).join(", ")}`
    : `SELECT ${AGGREGATES} FROM (${byDate}) f HAVING count(*) > 0`;
  const order = dims.length ? `ORDER BY ${dims.map((d) => `${d.order} NULLS LAST`).join(", ")}` : "";
  const sql = `WITH snapshots AS MATERIALIZED (${snapshots}), grouped AS (${grouped})
    SELECT (SELECT coalesce(json_agg(g ${order}), '[]'::json) FROM grouped g) AS rows,
           (SELECT row_to_json(x) FROM (SELECT ${AGGREGATES} FROM (${byDate}) f) x) AS total`;
  const [result] = await db.query(sql, params.values);
  return { total: toRow(result.total), rows: (result.rows as Record<string, any>[]).map(toRow) };
}
