import type { Queryable } from "../repositories/sql";
import { SqlParams } from "../repositories/sql";
import { aliasOf, PARTICIPATION_DIMENSIONS, TIME_DIMENSIONS, type ParticipationDimension, type ParticipationDimensionSpec } from "./dimensions";
import { genderPivot, tallyOf, type GenderTally } from "./gender-tally";
import type { ParticipationFilterValues } from "./participation-filter";
import type { Period } from "./period";
import type { Reference } from "../loaders/references";
import { monthIndex } from "./months";
import { firstOf, hostRows, registerBase } from "./register-base";

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
  /** Whether person-days are summed (by default they are); without, every tally's days are 0. */
  days?: boolean;
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
  const base = registerBase(params, { filter, seniorOnly: q.seniorOnly, overlap: q.period, dimensions: q.dims, lookups: true }, q.period);
  // A dimension keyed by a foreign key is grouped by the key alone, its code read once per group
  // (its `lookup`): cheaper than joining the table to every deployment and grouping by both.
  const specs: ParticipationDimensionSpec[] = q.dims.map((d) => PARTICIPATION_DIMENSIONS[d]);
  const dims = specs.map((d) => (d.lookup ? { ...d, select: d.lookup.select, group: d.lookup.group } : d));
  const lookups = specs.flatMap((d) => (d.lookup ? [d.lookup] : []));
  // YEAR, QUARTER, MONTH: every calendar year, quarter or month a deployment overlaps, its days
  // clipped to it (docs/definitions.md 3). The expansion is by the finest one asked for: its units
  // nest in the coarser ones, whose groups then sum the days of their units.
  const unit = [...TIME_DIMENSIONS].reverse().find((d) => q.dims.includes(d));
  const withDays = q.days !== false;
  const days = unit ? "(y.ye - y.ys + 1)" : "(b.e - b.s + 1)";
  const keys = dims.flatMap((d) => d.select).map(aliasOf);
  const host = dims.filter((d) => d.host);
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
    // A mission with several hosts puts its deployments, whole, in each host's group. A grouping
    // without COUNTRY takes each deployment's days once: through its first host only, or, by region
    // or sub-region, through its first host of each (two hosts in one region are one group, where
    // the deployment's days count once). A mission without hosts forms no host group (its cells are
    // dropped below) but stays in the others.
    const regions = host.some((d) => d.host!.partition);
    let cellDays = `sum(${days})`;
    if (host.length) {
      const cases: string[] = [];
      const partitions: string[][] = [[]];
      // Every combination of the host dimensions a grouping set may hold, the exact one tested.
      for (let set = (1 << host.length) - 1; set > 0; set--) {
        const inSet = host.filter((_, i) => set & (1 << i));
        const test = host.map((d, i) => `GROUPING(${d.group[0]}) = ${set & (1 << i) ? 0 : 1}`).join(" AND ");
        if (inSet.some((d) => !d.host!.partition)) {
          cases.push(`WHEN ${test} THEN sum(${days})`);
        } else {
          const partition = inSet.map((d) => d.host!.partition!);
          partitions.push(partition);
          cases.push(`WHEN ${test} THEN sum(${days}) FILTER (WHERE h.${firstOf(partition)} IS NOT FALSE)`);
        }
      }
      cellDays = `CASE ${cases.join(" ")} ELSE sum(${days}) FILTER (WHERE h.${firstOf([])} IS NOT FALSE) END`;
      hosts = `, hosts AS (${hostRows(params, filter, regions, partitions)})`;
    }
    counts = `
      SELECT ${dims.flatMap((d) => d.select).join(", ")}, b.gender, ${grouping} AS __grouping, count(DISTINCT b.officer_id) AS n${withDays ? `, ${cellDays} AS days` : ""}
      FROM base b ${host.length ? "LEFT JOIN hosts h ON h.mission_id = b.mission_id" : ""} ${unit ? calendarJoin(unit, q.dims) : ""}
      GROUP BY GROUPING SETS (${sets.join(", ")})`;
  }
  const order = ["__grouping", ...dims.map((d) => `${d.order} NULLS LAST`)].join(", ");
  const sql = `
    WITH base AS NOT MATERIALIZED (${base})${hosts}, counts AS (${counts}),
    pivot AS (SELECT ${keys.map((k) => `c.${k}, `).join("")}c.__grouping, ${genderPivot("c", { days: withDays })} FROM counts c GROUP BY ${keys.map((k) => `c.${k}, `).join("")}c.__grouping)
    SELECT coalesce(json_agg(p ORDER BY ${order}), '[]'::json) AS cells
    FROM ${lookups.length ? `(SELECT pv.*${lookups.flatMap((l) => l.columns).map((c) => `, ${c}`).join("")} FROM pivot pv ${lookups.map((l) => l.join).join(" ")})` : "pivot"} p`;
  const [result] = await db.query(sql, params.values);
  const n = dims.length;
  const cells: ParticipationCell[] = [];
  for (const r of result.cells as Record<string, unknown>[]) {
    // GROUPING(...) sets the bit of each argument not grouped by, the first argument highest.
    const notGrouped = Number(r.__grouping);
    let level = 0;
    for (let i = 0; i < n; i++) if (!(notGrouped & (1 << (n - 1 - i)))) level |= 1 << i;
    if (dims.some((d, i) => d.host && level & (1 << i) && r[d.host.present] == null)) continue;
    cells.push({ level, row: r, tally: tallyOf(r) });
  }
  return cells;
}

/** Rows that a report's keys point at, read by the report's own statement: a reference and its rows. */
export type ReferencedRows = { reference: Reference; rows: unknown[] }[];

/**
 * The rows the cells' keys point at, for each dimension read through its lookup, in the shape its
 * source reads them: the request's loaders can take them (`primeReferences`) instead of reading
 * them again.
 */
export function referencedRows(dims: readonly ParticipationDimension[], cells: readonly ParticipationCell[]): ReferencedRows {
  const out: ReferencedRows = [];
  for (const d of dims) {
    const spec: ParticipationDimensionSpec = PARTICIPATION_DIMENSIONS[d];
    if (!spec.lookup || typeof spec.value === "string") continue;
    const { row, source } = spec.lookup;
    // A mission is in many cells (one per year, role, ...): each is mapped once.
    const rows = new Map<unknown, unknown>();
    for (const c of cells) {
      const id = c.row[spec.keyField];
      if (c.row[row] != null && !rows.has(id)) rows.set(id, source.map(c.row[row] as Record<string, unknown>));
    }
    out.push({ reference: spec.value.refers, rows: [...rows.values()] });
  }
  return out;
}

type CalendarDimension = (typeof TIME_DIMENSIONS)[number];

const MONTHS_OF: Record<CalendarDimension, number> = { YEAR: 12, QUARTER: 3, MONTH: 1 };

/** A unit's key, from its first day `u.us`: the select aliases of the registry's YEAR, QUARTER, MONTH. */
const KEY_OF: Record<CalendarDimension, string> = {
  YEAR: "extract(year FROM u.us)::int AS year",
  QUARTER: `to_char(u.us, 'YYYY-"Q"Q') AS quarter`,
  MONTH: "to_char(u.us, 'YYYY-MM') AS month",
};

/**
 * The calendar expansion `y` of a base row `b`: one row per calendar year, quarter or month (`unit`)
 * the clipped deployment overlaps, with the keys of the calendar dimensions asked for (a year,
 * 2020-Q1, 2020-01) and the deployment's days within it, [ys, ye].
 */
function calendarJoin(unit: CalendarDimension, dims: readonly ParticipationDimension[]): string {
  if (unit === "YEAR") {
    // Years alone (no finer unit asked for): the cheaper series of year numbers.
    return `CROSS JOIN LATERAL (SELECT yy AS year, GREATEST(b.s, make_date(yy, 1, 1)) AS ys, LEAST(b.e, make_date(yy, 12, 31)) AS ye
         FROM generate_series(extract(year FROM b.s)::int, extract(year FROM b.e)::int) yy) y`;
  }
  const k = MONTHS_OF[unit];
  const keys = TIME_DIMENSIONS.filter((d) => dims.includes(d)).map((d) => `${KEY_OF[d]}, `).join("");
  return `CROSS JOIN LATERAL (
      SELECT ${keys}GREATEST(b.s, u.us) AS ys, LEAST(b.e, u.next - 1) AS ye
      FROM (SELECT make_date(i * ${k} / 12, i * ${k} % 12 + 1, 1) AS us, make_date((i + 1) * ${k} / 12, (i + 1) * ${k} % 12 + 1, 1) AS next
            FROM generate_series(${monthIndex("b.s")} / ${k}, ${monthIndex("b.e")} / ${k}) i) u) y`;
}
