import type { Queryable } from "../repositories/sql";
import { SqlParams } from "../repositories/sql";
import { keyOf } from "./dimension-keys";
import { aliasOf, PARTICIPATION_DIMENSIONS, ParticipationDimension, type ParticipationKeyValues } from "./dimensions";
import type { ParticipationFilterValues } from "./participation-filter";
import { hostRows, registerBase } from "./register-base";
import { rate, wilsonInterval } from "./wilson";
import type { Period } from "./period";

export interface ParticipationCounts {
  officers: number;
  female: number;
  male: number;
  anotherGender: number;
  undisclosed: number;
  known: number;
  personDays: number;
  femalePersonDays: number;
  knownPersonDays: number;
}

export interface ParticipationRowValues {
  key: ParticipationKeyValues;
  officers: number;
  known: number;
  undisclosed: number;
  female: number | null;
  male: number | null;
  anotherGender: number | null;
  rate: number | null;
  interval: { low: number; high: number } | null;
  personDays: number;
  femalePersonDays: number | null;
  femalePersonDayShare: number | null;
  suppressed: boolean;
}

const EMPTY_KEY: ParticipationKeyValues = keyOf(PARTICIPATION_DIMENSIONS, {});

/** DESIGN.md 2, 4, 7, 8: rates, interval and person-day share, hidden when known < minCellSize. */
export function participationRow(key: ParticipationKeyValues, c: ParticipationCounts, minCellSize: number): ParticipationRowValues {
  const suppressed = c.known < minCellSize;
  return {
    key,
    officers: c.officers,
    known: c.known,
    undisclosed: c.undisclosed,
    personDays: Number(c.personDays),
    suppressed,
    female: suppressed ? null : c.female,
    male: suppressed ? null : c.male,
    anotherGender: suppressed ? null : c.anotherGender,
    rate: suppressed ? null : rate(c.female, c.known),
    interval: suppressed ? null : wilsonInterval(c.female, c.known),
    femalePersonDays: suppressed ? null : Number(c.femalePersonDays),
    femalePersonDayShare: suppressed ? null : rate(Number(c.femalePersonDays), Number(c.knownPersonDays)),
  };
}

export interface ParticipationQuery {
  period: Period;
  filter?: ParticipationFilterValues | null;
  groupBy: ParticipationDimension[];
  seniorOnly?: boolean | null;
  minCellSize: number;
}

/** Per-gender counts (one row per group and gender, in `counts`) pivoted into the report's figures. */
const PIVOT = `coalesce(sum(c.n), 0)::int AS officers,
    coalesce(sum(c.n) FILTER (WHERE c.gender = 'FEMALE'), 0)::int AS female,
    coalesce(sum(c.n) FILTER (WHERE c.gender = 'MALE'), 0)::int AS male,
    coalesce(sum(c.n) FILTER (WHERE c.gender = 'ANOTHER_GENDER'), 0)::int AS "anotherGender",
    coalesce(sum(c.n) FILTER (WHERE c.gender = 'UNDISCLOSED'), 0)::int AS undisclosed,
    coalesce(sum(c.n) FILTER (WHERE c.gender <> 'UNDISCLOSED'), 0)::int AS known,
    coalesce(sum(c.days), 0)::bigint AS "personDays",
    coalesce(sum(c.days) FILTER (WHERE c.gender = 'FEMALE'), 0)::bigint AS "femalePersonDays",
    coalesce(sum(c.days) FILTER (WHERE c.gender <> 'UNDISCLOSED'), 0)::bigint AS "knownPersonDays"`;

const ZERO_COUNTS: ParticipationCounts = { officers: 0, female: 0, male: 0, anotherGender: 0, undisclosed: 0, known: 0, personDays: 0, femalePersonDays: 0, knownPersonDays: 0 };

/**
 * Officers deployed and women's participation (DESIGN.md 1-4, 6-8), grouped in SQL, one statement.
 * An officer has one gender, so distinct officers are counted per (group, gender) and the genders
 * pivoted afterwards: one distinct count instead of one per gender. The total row comes from the
 * same pass (grouping set by gender alone), so it counts each officer once, not a sum of groups.
 */
export async function femaleParticipation(db: Queryable, q: ParticipationQuery): Promise<{ total: ParticipationRowValues; rows: ParticipationRowValues[] }> {
  const params = new SqlParams();
  const base = registerBase(params, { filter: q.filter, seniorOnly: q.seniorOnly, overlap: q.period, dimensions: q.groupBy }, q.period);
  const dims = q.groupBy.map((d) => PARTICIPATION_DIMENSIONS[d]);
  const byYear = q.groupBy.includes(ParticipationDimension.YEAR);
  const byCountry = q.groupBy.includes(ParticipationDimension.COUNTRY);
  // YEAR: every calendar year a deployment overlaps, its days clipped to that year (DESIGN.md 3).
  const yearJoin = byYear
    ? `CROSS JOIN LATERAL (SELECT yy AS year, GREATEST(b.s, make_date(yy, 1, 1)) AS ys, LEAST(b.e, make_date(yy, 12, 31)) AS ye
         FROM generate_series(extract(year FROM b.s)::int, extract(year FROM b.e)::int) yy) y`
    : "";
  const days = byYear ? "(y.ye - y.ys + 1)" : "(b.e - b.s + 1)";
  const group = dims.flatMap((d) => d.group);
  const keys = dims.flatMap((d) => d.select).map(aliasOf);
  let counts: string;
  let hosts = "";
  if (!dims.length) {
    // Only the total: one row per officer first (officer order comes from the merge join, no sort).
    counts = `SELECT o.gender, true AS total, count(*) AS n, sum(o.days) AS days
      FROM (SELECT b.officer_id, min(b.gender) AS gender, sum(${days}) AS days FROM base b GROUP BY b.officer_id) o
      GROUP BY o.gender`;
  } else {
    const isTotal = `GROUPING(${group.join(", ")}) <> 0`;
    // A mission with several hosts puts its deployments, whole, in each host's group; the total
    // takes each deployment's days once, through its first host only. A mission without hosts forms
    // no country group (its rows are dropped below) but its deployments stay in the total.
    const totalDays = byCountry ? `sum(${days}) FILTER (WHERE h.first IS NOT FALSE)` : `sum(${days})`;
    if (byCountry) hosts = `, hosts AS (${hostRows(params, q.filter)})`;
    counts = `
      SELECT ${dims.flatMap((d) => d.select).join(", ")}, b.gender, ${isTotal} AS total, count(DISTINCT b.officer_id) AS n,
        CASE WHEN ${isTotal} THEN ${totalDays} ELSE sum(${days}) END AS days
      FROM base b ${byCountry ? "LEFT JOIN hosts h ON h.mission_id = b.mission_id" : ""} ${yearJoin}
      GROUP BY GROUPING SETS ((${group.join(", ")}, b.gender), (b.gender))`;
  }
  const order = dims.length ? `ORDER BY ${dims.map((d) => `${d.order} NULLS LAST`).join(", ")}` : "";
  const sql = `
    WITH base AS NOT MATERIALIZED (${base})${hosts}, counts AS (${counts}),
    pivot AS (SELECT ${keys.map((k) => `c.${k}, `).join("")}c.total, ${PIVOT} FROM counts c GROUP BY ${keys.map((k) => `c.${k}, `).join("")}c.total)
    SELECT (SELECT coalesce(json_agg(p ${order}), '[]'::json) FROM pivot p WHERE NOT p.total${byCountry ? ` AND p."countryIso3" IS NOT NULL` : ""}) AS rows,
           (SELECT row_to_json(p) FROM pivot p WHERE p.total) AS total`;
  const [result] = await db.query(sql, params.values);
  // No deployment at all leaves no per-gender row, hence no total row: zeros.
  const total = participationRow(EMPTY_KEY, result.total ?? ZERO_COUNTS, q.minCellSize);
  const rows = dims.length
    ? (result.rows as Record<string, any>[]).map((r) => participationRow(keyOf(PARTICIPATION_DIMENSIONS, r), r as ParticipationCounts, q.minCellSize))
    : total.officers > 0
      ? [total]
      : [];
  return { total, rows };
}
