import type { Queryable } from "../repositories/sql";
import { SqlParams } from "../repositories/sql";
import { aliasOf, PARTICIPATION_DIMENSIONS, ParticipationDimension } from "./dimensions";
import { genderPivot, tallyOf, type GenderTally } from "./gender-tally";
import type { ParticipationFilterValues } from "./participation-filter";
import type { Period } from "./period";
import { hostRows, registerBase } from "./register-base";

/** One group of a participation table: the dimensions it is grouped by (bit i: `dims[i]`), its columns, its tally. */
export interface ParticipationCell {
  level: number;
  /** The select aliases of the table's dimensions (key fields, sort codes); null where not grouped. */
  row: Record<string, unknown>;
  tally: GenderTally;
}

export interface CellsQuery {
  period: Period;
  /** Any `genders` in it is ignored: genders are counted apart in every cell. */
  filter?: ParticipationFilterValues | null;
  seniorOnly?: boolean | null;
  dims: readonly ParticipationDimension[];
  /** The groupings wanted, as bit sets over `dims` (0: the total). */
  levels: readonly number[];
}

/**
 * Officers and person-days by gender for several groupings of the register at once, in one
 * statement (GROUPING SETS): docs/definitions.md 1, 3 and 4. An officer has one gender, so distinct officers
 * are counted per (group, gender) and every report figure is a sum of these. Cells come in the
 * order of the report's rows (by the dimensions' sort, null last) within each level.
 */
export async function participationCells(db: Queryable, q: CellsQuery): Promise<ParticipationCell[]> {
  const params = new SqlParams();
  const filter = q.filter ? { ...q.filter, genders: null } : null;
  const base = registerBase(params, { filter, seniorOnly: q.seniorOnly, overlap: q.period, dimensions: q.dims }, q.period);
  const dims = q.dims.map((d) => PARTICIPATION_DIMENSIONS[d]);
  const byYear = q.dims.includes(ParticipationDimension.YEAR);
  const byCountry = q.dims.includes(ParticipationDimension.COUNTRY);
  // YEAR: every calendar year a deployment overlaps, its days clipped to that year (docs/definitions.md 3).
  const yearJoin = byYear
    ? `CROSS JOIN LATERAL (SELECT yy AS year, GREATEST(b.s, make_date(yy, 1, 1)) AS ys, LEAST(b.e, make_date(yy, 12, 31)) AS ye
         FROM generate_series(extract(year FROM b.s)::int, extract(year FROM b.e)::int) yy) y`
    : "";
  const days = byYear ? "(y.ye - y.ys + 1)" : "(b.e - b.s + 1)";
  const keys = dims.flatMap((d) => d.select).map(aliasOf);
  let counts: string;
  let hosts = "";
  if (!dims.length) {
    // Only the total: one row per officer first (officer order comes from the merge join, no sort).
    counts = `SELECT o.gender, 0 AS __grouping, count(*) AS n, sum(o.days) AS days
      FROM (SELECT b.officer_id, min(b.gender) AS gender, sum(${days}) AS days FROM base b GROUP BY b.officer_id) o
      GROUP BY o.gender`;
  } else {
    const sets = q.levels.map((level) => `(${[...dims.flatMap((d, i): readonly string[] => (level & (1 << i) ? d.group : [])), "b.gender"].join(", ")})`);
    const grouping = `GROUPING(${dims.map((d) => d.group[0]).join(", ")})`;
    // A mission with several hosts puts its deployments, whole, in each host's group; a grouping
    // without COUNTRY takes each deployment's days once, through its first host only. A mission
    // without hosts forms no country group (its cells are dropped below) but stays in the others.
    const cellDays = byCountry ? `CASE WHEN GROUPING(h.country_iso3) = 1 THEN sum(${days}) FILTER (WHERE h.first IS NOT FALSE) ELSE sum(${days}) END` : `sum(${days})`;
    if (byCountry) hosts = `, hosts AS (${hostRows(params, filter)})`;
    counts = `
      SELECT ${dims.flatMap((d) => d.select).join(", ")}, b.gender, ${grouping} AS __grouping, count(DISTINCT b.officer_id) AS n, ${cellDays} AS days
      FROM base b ${byCountry ? "LEFT JOIN hosts h ON h.mission_id = b.mission_id" : ""} ${yearJoin}
      GROUP BY GROUPING SETS (${sets.join(", ")})`;
  }
  const order = ["__grouping", ...dims.map((d) => `${d.order} NULLS LAST`)].join(", ");
  const sql = `
    WITH base AS NOT MATERIALIZED (${base})${hosts}, counts AS (${counts}),
    pivot AS (SELECT ${keys.map((k) => `c.${k}, `).join("")}c.__grouping, ${genderPivot()} FROM counts c GROUP BY ${keys.map((k) => `c.${k}, `).join("")}c.__grouping)
    SELECT coalesce(json_agg(p ORDER BY ${order}), '[]'::json) AS cells FROM pivot p`;
  const [result] = await db.query(sql, params.values);
  const n = dims.length;
  const cells: ParticipationCell[] = [];
  for (const r of result.cells as Record<string, unknown>[]) {
    // GROUPING(...) sets the bit of each argument not grouped by, the first argument highest.
    const notGrouped = Number(r.__grouping);
    let level = 0;
    for (let i = 0; i < n; i++) if (!(notGrouped & (1 << (n - 1 - i)))) level |= 1 << i;
    const countryAt = q.dims.indexOf(ParticipationDimension.COUNTRY);
    if (countryAt >= 0 && level & (1 << countryAt) && r.countryIso3 == null) continue;
    cells.push({ level, row: r, tally: tallyOf(r) });
  }
  return cells;
}
