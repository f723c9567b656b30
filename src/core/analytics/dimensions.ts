import { UserInputError } from "../errors";
import type { KeySpec, KeyValues } from "./dimension-keys";
import type { ParticipationFilterValues } from "./participation-filter";
import type { NodeSource } from "../model/node-source";
import { missionSource } from "../repositories/mission.repository";
import { organizationSource } from "../repositories/organization.repository";
import { policeServiceSource } from "../repositories/police-service.repository";
import { roleSource } from "../repositories/role.repository";
import { specializedTeamSource } from "../repositories/specialized-team.repository";

/** Dimensions of register analytics (docs/definitions.md 1): each maps to SQL through this whitelist only. */
export enum ParticipationDimension {
  YEAR = "YEAR",
  QUARTER = "QUARTER",
  MONTH = "MONTH",
  MISSION = "MISSION",
  MISSION_KIND = "MISSION_KIND",
  COUNTRY = "COUNTRY",
  REGION = "REGION",
  SUB_REGION = "SUB_REGION",
  ORGANIZATION = "ORGANIZATION",
  ROLE = "ROLE",
  ROLE_CATEGORY = "ROLE_CATEGORY",
  TEAM = "TEAM",
  POLICE_SERVICE = "POLICE_SERVICE",
  JURISDICTION = "JURISDICTION",
  PROVINCE = "PROVINCE",
  RANK = "RANK",
  SENIOR = "SENIOR",
}

/**
 * The calendar dimensions, finest last: a deployment counts in every year, quarter or month it
 * overlaps, its days clipped to it (docs/definitions.md 3); a headcount point's is its date's.
 */
export const TIME_DIMENSIONS = [ParticipationDimension.YEAR, ParticipationDimension.QUARTER, ParticipationDimension.MONTH] as const;

export const isTimeDimension = (d: ParticipationDimension): boolean => (TIME_DIMENSIONS as readonly ParticipationDimension[]).includes(d);

/** What the register base joins or reads for a dimension or filter: lookup tables, and the officer's rank (see register-base.ts). */
export type BaseJoin = "mission" | "organization" | "role" | "team" | "policeService" | "rank";

/** A participation dimension, declared once: its key (dimension-keys.ts) and its SQL. */
export interface ParticipationDimensionSpec extends KeySpec {
  /** Lookup tables the register base must join for this dimension's columns. */
  joins: readonly BaseJoin[];
  /** Columns this dimension adds to a group: the key column(s), aliased (the key field first). */
  select: readonly string[];
  /** GROUP BY expressions. */
  group: readonly string[];
  /** ORDER BY of the report's rows: codes byte by byte, null last. */
  order: string;
  /**
   * The filter that narrows to some values of this dimension, and the select alias holding the text
   * it compares: disclosure control treats a filtered dimension as a grouped one.
   */
  filter?: { field: FilterField; column: string };
  /**
   * A dimension of the mission's host countries (the host join `h`, one row per host): the select
   * alias that is null on the rows of a mission without hosts, which form no group of it, and the
   * column of `h` whose groups take a deployment's days once however many of its hosts share a value
   * (none for COUNTRY: a country is one host).
   */
  host?: { present: string; partition?: string };
  /**
   * A dimension whose key is a foreign key and whose sort code lives in the table it refers to:
   * participation cells group by the key alone and read the code once per group afterwards, rather
   * than joining the table to every deployment and grouping by both. The base's joins, the key's
   * select and GROUP BY for that, and the join (over the grouped row `pv`) and columns that give
   * each group the `select` aliases the spec's own form has.
   */
  lookup?: {
    joins: readonly BaseJoin[]; select: readonly string[]; group: readonly string[]; join: string; columns: readonly string[];
    /** The alias of the referenced row, as JSON in its read's shape (`source`): a report's key reads it without a statement of its own. */
    row: string;
    source: NodeSource;
  };
}

/**
 * The lookup of a dimension keyed by `key` (the base's `column`) that refers to the rows of
 * `source`: the group's referenced row, read as that source reads it, its `code` (or `name`) as
 * `alias` and the whole row as JSON.
 */
const lookupOf = (key: string, column: string, source: NodeSource, code: string, alias: string, joins: readonly BaseJoin[] = []) => {
  const t = `lk_${alias.replace(/^_+/, "")}`;
  const row = `${alias}_row`;
  return {
    joins, select: [`b.${column} AS "${key}"`], group: [`b.${column}`],
    join: `LEFT JOIN LATERAL (SELECT ${source.columns} FROM ${source.from} WHERE ${source.key} = pv."${key}") ${t} ON true`,
    columns: [`${t}.${code} AS ${alias}`, `to_json(${t}) AS ${row}`], row, source,
  };
};

/** The filters of register analytics that select values of a dimension (all but `genders`). */
export type FilterField = Exclude<keyof ParticipationFilterValues, "genders">;

/**
 * The registry of participation dimensions (femaleParticipation, headcountSeries): adding one is an
 * entry here and its value in the enum above. Expressions are over the `base` row alias `b`
 * (register-base.ts), the host-country join `h` and the calendar expansion `y` (a year, quarter or
 * month of the deployment: participation-cells.ts).
 */
export const PARTICIPATION_DIMENSIONS = {
  YEAR: {
    keyField: "year", field: "year", value: "int", label: "Year", column: { path: "year", name: "year" },
    joins: [], select: ["y.year AS year"], group: ["y.year"], order: "year",
  },
  QUARTER: {
    keyField: "quarter", field: "quarter", value: "text", description: "Calendar quarter, as 2020-Q1.", label: "Quarter", column: { path: "quarter", name: "quarter" },
    joins: [], select: ["y.quarter AS quarter"], group: ["y.quarter"], order: `quarter COLLATE "C"`,
  },
  MONTH: {
    keyField: "month", field: "month", value: "text", description: "Calendar month, as 2020-01.", label: "Month", column: { path: "month", name: "month" },
    joins: [], select: ["y.month AS month"], group: ["y.month"], order: `month COLLATE "C"`,
  },
  MISSION: {
    keyField: "missionId", field: "mission", value: { refers: "mission" }, label: "Mission", column: { path: "mission.code", name: "mission_code" },
    joins: ["mission"], select: ['b.mission_id AS "missionId"', "b.mission_code AS __mission_code"], group: ["b.mission_id", "b.mission_code"], order: `__mission_code COLLATE "C"`,
    lookup: lookupOf("missionId", "mission_id", missionSource, "code", "__mission_code"),
    filter: { field: "missions", column: "__mission_code" },
  },
  MISSION_KIND: {
    keyField: "missionKind", field: "missionKind", value: "missionKind", description: "Kind of the mission.", label: "Mission kind", column: { path: "missionKind", name: "mission_kind" },
    joins: ["mission"], select: ['b.mission_kind AS "missionKind"'], group: ["b.mission_kind"], order: `"missionKind" COLLATE "C"`,
    filter: { field: "missionKinds", column: "missionKind" },
  },
  COUNTRY: {
    keyField: "countryIso3", field: "country", value: { refers: "country" }, description: "Host country.", label: "Host country", column: { path: "country.iso3", name: "country_iso3" },
    joins: [], select: ['h.country_iso3 AS "countryIso3"'], group: ["h.country_iso3"], order: `"countryIso3" COLLATE "C"`,
    filter: { field: "countries", column: "countryIso3" }, host: { present: "countryIso3" },
  },
  REGION: {
    keyField: "region", field: "region", value: "text", description: "UN M49 region of the host country (null for a host without one).", label: "Host region",
    column: { path: "region", name: "region" },
    joins: [], select: ["h.region AS region", "NULLIF(h.mission_id IS NOT NULL, false) AS __region_hosted"], group: ["h.region", "(h.mission_id IS NOT NULL)"], order: `region COLLATE "C"`,
    filter: { field: "regions", column: "region" }, host: { present: "__region_hosted", partition: "region" },
  },
  SUB_REGION: {
    keyField: "subRegion", field: "subRegion", value: "text", description: "UN M49 sub-region of the host country (null for a host without one).", label: "Host sub-region",
    column: { path: "subRegion", name: "sub_region" },
    joins: [], select: ['h.subregion AS "subRegion"', "NULLIF(h.mission_id IS NOT NULL, false) AS __sub_region_hosted"], group: ["h.subregion", "(h.mission_id IS NOT NULL)"],
    order: `"subRegion" COLLATE "C"`,
    filter: { field: "subRegions", column: "subRegion" }, host: { present: "__sub_region_hosted", partition: "subregion" },
  },
  ORGANIZATION: {
    keyField: "organizationId", field: "organization", value: { refers: "organization" }, description: "Lead organization of the mission.", label: "Lead organization",
    column: { path: "organization.code", name: "organization_code" },
    joins: ["organization"], select: ['b.organization_id AS "organizationId"', "b.organization_code AS __organization_code"], group: ["b.organization_id", "b.organization_code"], order: `__organization_code COLLATE "C"`,
    lookup: lookupOf("organizationId", "organization_id", organizationSource, "code", "__organization_code", ["mission"]),
    filter: { field: "organizations", column: "__organization_code" },
  },
  ROLE: {
    keyField: "roleId", field: "role", value: { refers: "role" }, label: "Role", column: { path: "role.code", name: "role_code" },
    joins: ["role"], select: ['b.role_id AS "roleId"', "b.role_code AS __role_code"], group: ["b.role_id", "b.role_code"], order: `__role_code COLLATE "C"`,
    lookup: lookupOf("roleId", "role_id", roleSource, "code", "__role_code"),
    filter: { field: "roles", column: "__role_code" },
  },
  ROLE_CATEGORY: {
    keyField: "roleCategory", field: "roleCategory", value: "roleCategory", label: "Role category", column: { path: "roleCategory", name: "role_category" },
    joins: ["role"], select: ['b.role_category AS "roleCategory"'], group: ["b.role_category"], order: `"roleCategory" COLLATE "C"`,
    filter: { field: "roleCategories", column: "roleCategory" },
  },
  TEAM: {
    keyField: "teamId", field: "team", value: { refers: "team" }, label: "Specialized team", column: { path: "team.name", name: "team_name" },
    joins: ["team"], select: ['b.team_id AS "teamId"', "b.team_name AS __team_name"], group: ["b.team_id", "b.team_name"], order: `__team_name COLLATE "C" NULLS LAST, "teamId"`,
    lookup: lookupOf("teamId", "team_id", specializedTeamSource, "name", "__team_name"),
    filter: { field: "teams", column: "__team_name" },
  },
  POLICE_SERVICE: {
    keyField: "policeServiceId", field: "policeService", value: { refers: "policeService" }, label: "Police service", column: { path: "policeService.code", name: "police_service_code" },
    joins: ["policeService"], select: ['b.police_service_id AS "policeServiceId"', "b.police_service_code AS __police_service_code"], group: ["b.police_service_id", "b.police_service_code"], order: `__police_service_code COLLATE "C"`,
    lookup: lookupOf("policeServiceId", "police_service_id", policeServiceSource, "code", "__police_service_code"),
    filter: { field: "policeServices", column: "__police_service_code" },
  },
  JURISDICTION: {
    keyField: "jurisdiction", field: "jurisdiction", value: "jurisdiction", description: "Jurisdiction of the officer's police service.", label: "Jurisdiction",
    column: { path: "jurisdiction", name: "jurisdiction" },
    joins: ["policeService"], select: ["b.jurisdiction AS jurisdiction"], group: ["b.jurisdiction"], order: `jurisdiction COLLATE "C"`,
    filter: { field: "jurisdictions", column: "jurisdiction" },
  },
  PROVINCE: {
    keyField: "province", field: "province", value: "text", description: "Province or territory of the officer's police service, two letters (null for a federal service).",
    label: "Province", column: { path: "province", name: "province" },
    joins: ["policeService"], select: ["b.province AS province"], group: ["b.province"], order: `province COLLATE "C"`,
    filter: { field: "provinces", column: "province" },
  },
  RANK: {
    keyField: "rank", field: "rank", value: "text", description: "The officer's rank as recorded (null where none is).", label: "Rank", column: { path: "rank", name: "rank" },
    joins: ["rank"], select: ["b.rank AS rank"], group: ["b.rank"], order: `rank COLLATE "C"`,
    filter: { field: "ranks", column: "rank" },
  },
  SENIOR: {
    keyField: "senior", field: "senior", value: "boolean", label: "Senior position", column: { path: "senior", name: "senior" },
    joins: [], select: ["b.senior AS senior"], group: ["b.senior"], order: "senior",
  },
} as const satisfies Record<ParticipationDimension, ParticipationDimensionSpec>;

/** A dimension's entry, as the interface declares it (every optional part readable). */
export const specOf = (d: ParticipationDimension): ParticipationDimensionSpec => PARTICIPATION_DIMENSIONS[d];

/** The key of a participation row: one field per dimension, null where the row is not grouped by it. */
export type ParticipationKeyValues = KeyValues<typeof PARTICIPATION_DIMENSIONS>;

/** The output name of a dimension's select item (`expr AS name`). */
export const aliasOf = (select: string) => select.slice(select.lastIndexOf(" AS ") + 4);

/** Rejects a dimension named twice, naming the argument. */
export function uniqueDimensions<D extends string>(dims: readonly D[] | null | undefined, argument = "groupBy"): D[] {
  const list = dims ?? [];
  const seen = new Set<D>();
  for (const d of list) {
    if (seen.has(d)) throw new UserInputError(`${argument} names ${d} twice`, argument);
    seen.add(d);
  }
  return [...list];
}
