import type { Role } from "../../core/policy";

/**
 * An entity export in the import's own columns, `source` (each row's provenance) included, so that
 * export, edit, import changes only what was edited. `select` lists `expression AS column` in column order; the rows are read in pages of
 * the primary key `id`, so no export holds a whole table in memory.
 */
export interface EntitySpec {
  name: string;
  /** Role needed over HTTP; null: anyone, as for the same data in GraphQL. */
  role: Role | null;
  columns: string[];
  /** Personal data, only with the ADMIN role and when asked for. */
  nameColumns?: string[];
  /** FROM and JOINs; the primary table is aliased `x`. */
  from: string;
  select(includeNames: boolean): string[];
}

const C = `COLLATE "C"`;

export const ENTITIES: readonly EntitySpec[] = [
  {
    name: "police-services",
    role: null,
    columns: ["code", "name", "jurisdiction", "province"],
    from: "police_service x",
    select: () => ["x.code", "x.name", "x.jurisdiction", "x.province"],
  },
  {
    name: "missions",
    role: null,
    columns: ["code", "name", "lead_organization_code", "host_countries", "kind", "start_date", "end_date", "source"],
    from: "mission x JOIN organization o ON o.id = x.lead_organization_id",
    select: () => [
      "x.code", "x.name", "o.code AS lead_organization_code",
      `(SELECT string_agg(h.country_iso3, ';' ORDER BY h.country_iso3 ${C}) FROM mission_host_country h WHERE h.mission_id = x.id) AS host_countries`,
      "x.kind", "x.start_date", "x.end_date", "x.source",
    ],
  },
  {
    name: "teams",
    role: null,
    columns: ["mission_code", "name", "focus", "led_by_canada", "start_date", "end_date", "source"],
    from: "specialized_team x JOIN mission m ON m.id = x.mission_id",
    select: () => ["m.code AS mission_code", "x.name", "x.focus", "x.led_by_canada", "x.start_date", "x.end_date", "x.source"],
  },
  {
    name: "officers",
    role: "ANALYST",
    columns: ["personnel_number", "gender", "rank", "police_service_code", "source"],
    nameColumns: ["given_name", "family_name"],
    from: "officer x JOIN police_service s ON s.id = x.police_service_id",
    select: (includeNames) => [
      "x.personnel_number", ...(includeNames ? ["x.given_name", "x.family_name"] : []), "x.gender", "x.rank", "s.code AS police_service_code", "x.source",
    ],
  },
  {
    name: "deployments",
    role: "ANALYST",
    columns: ["personnel_number", "mission_code", "role_code", "team_name", "start_date", "end_date", "senior", "source"],
    from: `deployment x JOIN officer o ON o.id = x.officer_id JOIN mission m ON m.id = x.mission_id
      JOIN role r ON r.id = x.role_id LEFT JOIN specialized_team t ON t.id = x.team_id`,
    select: () => [
      "o.personnel_number", "m.code AS mission_code", "r.code AS role_code", "t.name AS team_name", "x.start_date", "x.end_date", "x.senior", "x.source",
    ],
  },
  {
    name: "trainings",
    role: null,
    columns: ["title", "topic_code", "country_iso3", "mission_code", "start_date", "end_date", "participants", "female_participants", "instructors_certified", "female_only", "source"],
    from: "training_delivery x JOIN training_topic tt ON tt.id = x.topic_id LEFT JOIN mission m ON m.id = x.mission_id",
    select: () => [
      "x.title", "tt.code AS topic_code", "x.country_iso3", "m.code AS mission_code", "x.start_date", "x.end_date",
      "x.participants", "x.female_participants", "x.instructors_certified", "x.female_only", "x.source",
    ],
  },
  {
    name: "un-contributions",
    role: null,
    columns: ["as_of_date", "mission", "country_iso3", "personnel_type", "male", "female", "total", "source"],
    from: "un_contribution x LEFT JOIN mission m ON m.id = x.mission_id",
    select: () => ["x.as_of_date", "m.code AS mission", "x.country_iso3", "x.personnel_type", "x.male", "x.female", "x.total", "x.source"],
  },
];

/** The columns of an export: the officers' names follow the personnel number when included. */
export function entityColumns(spec: EntitySpec, includeNames: boolean): string[] {
  if (!includeNames || !spec.nameColumns) return spec.columns;
  return [spec.columns[0], ...spec.nameColumns, ...spec.columns.slice(1)];
}

export function findEntity(name: string): EntitySpec | null {
  return ENTITIES.find((e) => e.name === name.toLowerCase().replace(/_/g, "-")) ?? null;
}
