import type { Queryable } from "../repositories/sql";
import { SqlParams } from "../repositories/sql";
import { PARTICIPATION_DIMENSIONS, ParticipationDimension } from "./dimensions";
import type { ParticipationFilterValues } from "./participation-filter";
import { hostJoin, participationAggregates, registerBase } from "./register-base";
import { rate, wilsonInterval } from "./wilson";
import type { Period } from "./period";

export interface ParticipationKeyValues {
  year: number | null;
  missionId: number | null;
  countryIso3: string | null;
  organizationId: number | null;
  roleId: number | null;
  roleCategory: string | null;
  teamId: number | null;
  policeServiceId: number | null;
  senior: boolean | null;
}

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

const EMPTY_KEY: ParticipationKeyValues = {
  year: null, missionId: null, countryIso3: null, organizationId: null, roleId: null,
  roleCategory: null, teamId: null, policeServiceId: null, senior: null,
};

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

export function keyOf(row: Record<string, unknown>): ParticipationKeyValues {
  const key = { ...EMPTY_KEY };
  for (const k of Object.keys(EMPTY_KEY) as (keyof ParticipationKeyValues)[]) {
    if (k in row) (key as Record<string, unknown>)[k] = row[k];
  }
  return key;
}

export interface ParticipationQuery {
  period: Period;
  filter?: ParticipationFilterValues | null;
  groupBy: ParticipationDimension[];
  seniorOnly?: boolean | null;
  minCellSize: number;
}

/**
 * Officers deployed and women's participation (DESIGN.md 1-4, 6-8), grouped in SQL: one statement
 * returns the grouped rows and the total row (each officer counted once).
 */
export async function femaleParticipation(db: Queryable, q: ParticipationQuery): Promise<{ total: ParticipationRowValues; rows: ParticipationRowValues[] }> {
  const params = new SqlParams();
  const base = registerBase(params, { filter: q.filter, seniorOnly: q.seniorOnly, overlap: q.period }, q.period);
  const dims = q.groupBy.map((d) => PARTICIPATION_DIMENSIONS[d]);
  const byYear = q.groupBy.includes(ParticipationDimension.YEAR);
  const byCountry = q.groupBy.includes(ParticipationDimension.COUNTRY);
  // YEAR: every calendar year a deployment overlaps, its days clipped to that year (DESIGN.md 3).
  const yearJoin = byYear
    ? `CROSS JOIN LATERAL (SELECT yy AS year, GREATEST(b.s, make_date(yy, 1, 1)) AS ys, LEAST(b.e, make_date(yy, 12, 31)) AS ye
         FROM generate_series(extract(year FROM b.s)::int, extract(year FROM b.e)::int) yy) y`
    : "";
  const grouped = dims.length
    ? `SELECT ${dims.flatMap((d) => d.select).join(", ")}, ${participationAggregates(byYear ? "y.ys" : "b.s", byYear ? "y.ye" : "b.e")}
       FROM base b ${byCountry ? hostJoin(params, q.filter) : ""} ${yearJoin}
       GROUP BY ${dims.flatMap((d) => d.group).join(", ")}`
    : `SELECT ${participationAggregates()} FROM base b WHERE false`;
  const order = dims.length ? `ORDER BY ${dims.map((d) => `${d.order} NULLS LAST`).join(", ")}` : "";
  const sql = `
    WITH base AS NOT MATERIALIZED (${base}), grouped AS (${grouped})
    SELECT (SELECT coalesce(json_agg(g ${order}), '[]'::json) FROM grouped g) AS rows,
           (SELECT row_to_json(t) FROM (SELECT ${participationAggregates()} FROM base b) t) AS total`;
  const [result] = await db.query(sql, params.values);
  const total = participationRow(EMPTY_KEY, result.total, q.minCellSize);
  const rows = dims.length
    ? (result.rows as Record<string, any>[]).map((r) => participationRow(keyOf(r), r as ParticipationCounts, q.minCellSize))
    : total.officers > 0
      ? [total]
      : [];
  return { total, rows };
}
