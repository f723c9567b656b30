import { SqlParams, type Queryable } from "../repositories/sql";
import { keyOf, type KeySpec, type KeyValues } from "./dimension-keys";
import type { Period } from "./period";

export type TrainingDim = "YEAR" | "TOPIC" | "THEME" | "COUNTRY" | "MISSION";

export interface TrainingFilterValues {
  topics?: string[] | null;
  themes?: string[] | null;
  countries?: string[] | null;
  missions?: string[] | null;
  femaleOnly?: boolean | null;
}

/**
 * The registry of training dimensions, each declared once: its key and its SQL (over alias `t`,
 * the topic `tp` and the mission `m`), the key column first in `select`; `order` sorts byte by byte.
 */
export const TRAINING_DIMENSIONS = {
  YEAR: {
    keyField: "year", field: "year", value: "int", label: "Year", column: { path: "year", name: "year" },
    select: "extract(year FROM t.start_date)::int AS year", group: "extract(year FROM t.start_date)", order: "year",
  },
  TOPIC: {
    keyField: "topicId", field: "topic", value: { refers: "topic" }, label: "Topic", column: { path: "topic.code", name: "topic_code" },
    select: 'tp.id AS "topicId", tp.code AS __topic_code', group: "tp.id, tp.code", order: `__topic_code COLLATE "C"`,
  },
  THEME: {
    keyField: "theme", field: "theme", value: "text", label: "Theme", column: { path: "theme", name: "theme" },
    select: "tp.theme AS theme", group: "tp.theme", order: `theme COLLATE "C"`,
  },
  COUNTRY: {
    keyField: "countryIso3", field: "country", value: { refers: "country" }, label: "Country", column: { path: "country.iso3", name: "country_iso3" },
    select: 't.country_iso3 AS "countryIso3"', group: "t.country_iso3", order: `"countryIso3" COLLATE "C"`,
  },
  MISSION: {
    keyField: "missionId", field: "mission", value: { refers: "mission" }, label: "Mission", column: { path: "mission.code", name: "mission_code" },
    select: 't.mission_id AS "missionId", m.code AS __mission_code', group: "t.mission_id, m.code", order: `__mission_code COLLATE "C"`,
  },
} as const satisfies Record<TrainingDim, KeySpec & { select: string; group: string; order: string }>;

const AGGREGATES = `count(*)::int AS deliveries, coalesce(sum(t.participants), 0)::int AS participants,
  coalesce(sum(t.female_participants), 0)::int AS "femaleParticipants",
  coalesce(sum(t.instructors_certified), 0)::int AS "instructorsCertified",
  count(DISTINCT t.country_iso3)::int AS countries`;

export interface TrainingRowValues {
  key: KeyValues<typeof TRAINING_DIMENSIONS>;
  deliveries: number;
  participants: number;
  femaleParticipants: number;
  femaleShare: number | null;
  instructorsCertified: number;
  countries: number;
}

function toRow(r: Record<string, any>): TrainingRowValues {
  return {
    key: keyOf(TRAINING_DIMENSIONS, r),
    deliveries: r.deliveries,
    participants: r.participants,
    femaleParticipants: r.femaleParticipants,
    femaleShare: r.participants ? r.femaleParticipants / r.participants : null,
    instructorsCertified: r.instructorsCertified,
    countries: r.countries,
  };
}

/** Trainings delivered (docs/definitions.md 9): deliveries starting in the period, summed in SQL, one statement. */
/** The deliveries a training report reads (docs/definitions.md 9): FROM and WHERE over `t`, `tp`, `m`. */
export function trainingRows(params: SqlParams, q: { period: Period; filter?: TrainingFilterValues | null }): string {
  const f = q.filter ?? {};
  const c = [`t.start_date BETWEEN ${params.bind(q.period.from)}::date AND ${params.bind(q.period.to)}::date`];
  if (f.topics) c.push(`tp.code = ANY(${params.bind(f.topics)})`);
  if (f.themes) c.push(`tp.theme = ANY(${params.bind(f.themes)})`);
  if (f.countries) c.push(`t.country_iso3 = ANY(${params.bind(f.countries)})`);
  if (f.missions) c.push(`m.code = ANY(${params.bind(f.missions)})`);
  if (f.femaleOnly !== null && f.femaleOnly !== undefined) c.push(`t.female_only = ${params.bind(f.femaleOnly)}`);
  return `training_delivery t JOIN training_topic tp ON tp.id = t.topic_id LEFT JOIN mission m ON m.id = t.mission_id WHERE ${c.join(" AND ")}`;
}

export async function trainingsDelivered(db: Queryable, q: { period: Period; filter?: TrainingFilterValues | null; groupBy: TrainingDim[] }) {
  const params = new SqlParams();
  const from = trainingRows(params, q);
  const dims = q.groupBy.map((d) => TRAINING_DIMENSIONS[d]);
  if (!dims.length) {
    const [total] = await db.query(`SELECT ${AGGREGATES} FROM ${from}`, params.values);
    return { total: toRow(total), rows: total.deliveries > 0 ? [toRow(total)] : [] };
  }
  // The groups and the total in one pass over the table: the empty grouping set is the total (its
  // distinct countries counted over all deliveries, not summed), flagged by GROUPING().
  const group = dims.map((d) => d.group).join(", ");
  // The sort keys name output columns, hence the outer query.
  const sql = `SELECT * FROM (
      SELECT ${dims.map((d) => d.select).join(", ")}, GROUPING(${group}) <> 0 AS __total, ${AGGREGATES}
      FROM ${from}
      GROUP BY GROUPING SETS ((${group}), ())) g
    ORDER BY __total, ${dims.map((d) => `${d.order} NULLS LAST`).join(", ")}`;
  const rows: Record<string, any>[] = await db.query(sql, params.values);
  // The empty grouping set yields its row even over no deliveries, and the ORDER BY puts it last.
  const total = rows.pop()!;
  return { total: toRow(total), rows: rows.map(toRow) };
}
