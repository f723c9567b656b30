import { UserInputError } from "../errors";

/** Dimensions of register analytics (DESIGN.md 1): each maps to SQL through this whitelist only. */
export enum ParticipationDimension {
  YEAR = "YEAR",
  MISSION = "MISSION",
  COUNTRY = "COUNTRY",
  ORGANIZATION = "ORGANIZATION",
  ROLE = "ROLE",
  ROLE_CATEGORY = "ROLE_CATEGORY",
  TEAM = "TEAM",
  POLICE_SERVICE = "POLICE_SERVICE",
  SENIOR = "SENIOR",
}

/** Lookup tables of the register base that a dimension or filter reads (see register-base.ts). */
export type BaseJoin = "mission" | "organization" | "role" | "team" | "policeService";

interface DimensionSql {
  /** Lookup tables the register base must join for this dimension's columns. */
  joins: BaseJoin[];
  /** Columns this dimension adds to a group: the key column(s), aliased. */
  select: string[];
  /** GROUP BY expressions. */
  group: string[];
  /** ORDER BY of DESIGN.md "Rows and order": codes byte by byte, null last. */
  order: string;
}

// Expressions over the `base` row alias `b`, the host-country join `h` and the year expansion `y`.
export const PARTICIPATION_DIMENSIONS: Record<ParticipationDimension, DimensionSql> = {
  YEAR: { joins: [], select: ["y.year AS year"], group: ["y.year"], order: "year" },
  MISSION: { joins: ["mission"], select: ['b.mission_id AS "missionId"', "b.mission_code AS __mission_code"], group: ["b.mission_id", "b.mission_code"], order: `__mission_code COLLATE "C"` },
  COUNTRY: { joins: [], select: ['h.country_iso3 AS "countryIso3"'], group: ["h.country_iso3"], order: `"countryIso3" COLLATE "C"` },
  ORGANIZATION: { joins: ["organization"], select: ['b.organization_id AS "organizationId"', "b.organization_code AS __organization_code"], group: ["b.organization_id", "b.organization_code"], order: `__organization_code COLLATE "C"` },
  ROLE: { joins: ["role"], select: ['b.role_id AS "roleId"', "b.role_code AS __role_code"], group: ["b.role_id", "b.role_code"], order: `__role_code COLLATE "C"` },
  ROLE_CATEGORY: { joins: ["role"], select: ['b.role_category AS "roleCategory"'], group: ["b.role_category"], order: `"roleCategory" COLLATE "C"` },
  TEAM: { joins: ["team"], select: ['b.team_id AS "teamId"', "b.team_name AS __team_name"], group: ["b.team_id", "b.team_name"], order: `__team_name COLLATE "C" NULLS LAST, "teamId"` },
  POLICE_SERVICE: { joins: ["policeService"], select: ['b.police_service_id AS "policeServiceId"', "b.police_service_code AS __police_service_code"], group: ["b.police_service_id", "b.police_service_code"], order: `__police_service_code COLLATE "C"` },
  SENIOR: { joins: [], select: ["b.senior AS senior"], group: ["b.senior"], order: "senior" },
};

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
