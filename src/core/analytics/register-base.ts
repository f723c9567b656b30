import { SqlParams } from "../repositories/sql";
import { PARTICIPATION_DIMENSIONS, type BaseJoin, type ParticipationDimension } from "./dimensions";
import type { ParticipationFilterValues } from "./participation-filter";

export interface BaseOptions {
  filter?: ParticipationFilterValues | null;
  seniorOnly?: boolean | null;
  /** Keep deployments overlapping [from, to] ($from/$to already bound). */
  overlap?: { from: string; to: string } | null;
  /** The dimensions the query groups by: their lookup tables are joined, no others. */
  dimensions: readonly ParticipationDimension[];
}

// Every lookup is on a NOT NULL foreign key (the team on a nullable one, hence LEFT JOIN), so a join
// never drops or repeats a deployment; PostgreSQL still performs inner joins whose columns go
// unused, so the base joins only the lookups a dimension or filter reads.
const JOINS: Record<BaseJoin, { needs: BaseJoin[]; join: string; columns: string }> = {
  mission: { needs: [], join: "JOIN mission m ON m.id = d.mission_id", columns: "m.code AS mission_code, m.lead_organization_id AS organization_id" },
  organization: { needs: ["mission"], join: "JOIN organization org ON org.id = m.lead_organization_id", columns: "org.code AS organization_code" },
  role: { needs: [], join: "JOIN role r ON r.id = d.role_id", columns: "r.code AS role_code, r.category AS role_category" },
  team: { needs: [], join: "LEFT JOIN specialized_team t ON t.id = d.team_id", columns: "t.name AS team_name" },
  policeService: { needs: [], join: "JOIN police_service ps ON ps.id = o.police_service_id", columns: "ps.code AS police_service_code" },
};
const JOIN_ORDER: BaseJoin[] = ["mission", "organization", "role", "team", "policeService"];

/**
 * One row per deployment that passes the filter, with its officer's gender and the codes the
 * requested dimensions sort by. `s` and `e` are the deployment clipped to the period (an ongoing
 * one ends at `to`).
 */
export function registerBase(params: SqlParams, options: BaseOptions, clip: { from: string; to: string }): string {
  const f = options.filter ?? {};
  const c: string[] = [];
  const needed = new Set<BaseJoin>(options.dimensions.flatMap((d) => PARTICIPATION_DIMENSIONS[d].joins));
  const from = params.bind(clip.from);
  const to = params.bind(clip.to);
  if (options.overlap) c.push(`d.start_date <= ${to}::date AND (d.end_date IS NULL OR d.end_date >= ${from}::date)`);
  const where = (condition: string, join?: BaseJoin) => {
    c.push(condition);
    if (join) needed.add(join);
  };
  if (f.missions) where(`m.code = ANY(${params.bind(f.missions)})`, "mission");
  if (f.countries) where(`EXISTS (SELECT 1 FROM mission_host_country hc WHERE hc.mission_id = d.mission_id AND hc.country_iso3 = ANY(${params.bind(f.countries)}))`);
  if (f.organizations) where(`org.code = ANY(${params.bind(f.organizations)})`, "organization");
  if (f.roles) where(`r.code = ANY(${params.bind(f.roles)})`, "role");
  if (f.roleCategories) where(`r.category = ANY(${params.bind(f.roleCategories)})`, "role");
  if (f.teams) where(`t.name = ANY(${params.bind(f.teams)})`, "team");
  if (f.policeServices) where(`ps.code = ANY(${params.bind(f.policeServices)})`, "policeService");
  if (f.genders) c.push(`o.gender = ANY(${params.bind(f.genders)})`);
  if (options.seniorOnly) c.push(`d.senior`);
  for (const j of [...needed]) for (const n of JOINS[j].needs) needed.add(n);
  const joins = JOIN_ORDER.filter((j) => needed.has(j));
  return `
    SELECT d.id, d.officer_id, o.gender, d.start_date, d.end_date,
           GREATEST(d.start_date, ${from}::date) AS s,
           LEAST(COALESCE(d.end_date, ${to}::date), ${to}::date) AS e,
           d.mission_id, d.role_id, d.team_id, o.police_service_id, d.senior, d.source AS deployment_source, o.source AS officer_source${joins.map((j) => `, ${JOINS[j].columns}`).join("")}
    FROM deployment d
    JOIN officer o ON o.id = d.officer_id
    ${joins.map((j) => JOINS[j].join).join("\n    ")}
    ${c.length ? `WHERE ${c.join(" AND ")}` : ""}`;
}

/** Host-country expansion: a mission with several hosts puts its deployments, whole, in each. */
export function hostJoin(params: SqlParams, filter: ParticipationFilterValues | null | undefined): string {
  // With a country filter, only the filtered hosts form groups.
  const only = filter?.countries ? ` AND h.country_iso3 = ANY(${params.bind(filter.countries)})` : "";
  return `JOIN mission_host_country h ON h.mission_id = b.mission_id${only}`;
}

/**
 * The host countries of each mission (only the filtered ones under a country filter), `first`
 * marking one host per mission so that a total can take each deployment once.
 */
export function hostRows(params: SqlParams, filter: ParticipationFilterValues | null | undefined): string {
  const only = filter?.countries ? `WHERE country_iso3 = ANY(${params.bind(filter.countries)})` : "";
  return `SELECT mission_id, country_iso3, country_iso3 = min(country_iso3) OVER (PARTITION BY mission_id) AS first
    FROM mission_host_country ${only}`;
}
