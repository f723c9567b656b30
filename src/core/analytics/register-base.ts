import { SqlParams } from "../repositories/sql";
import { PARTICIPATION_DIMENSIONS, type BaseJoin, type ParticipationDimension, type ParticipationDimensionSpec } from "./dimensions";
import type { ParticipationFilterValues } from "./participation-filter";

export interface BaseOptions {
  filter?: ParticipationFilterValues | null;
  seniorOnly?: boolean | null;
  /** Keep deployments overlapping [from, to] ($from/$to already bound). */
  overlap?: { from: string; to: string } | null;
  /** The dimensions the query groups by: their lookup tables are joined, no others. */
  dimensions: readonly ParticipationDimension[];
  /** The dimensions are grouped in their lookup form (`lookup` in dimensions.ts): only its joins are needed. */
  lookups?: boolean;
}

// Every lookup is on a NOT NULL foreign key (the team on a nullable one, hence LEFT JOIN), so a join
// never drops or repeats a deployment; PostgreSQL still performs inner joins whose columns go
// unused, so the base joins only the lookups a dimension or filter reads. The officer is always
// joined: `rank` only adds its column.
const JOINS: Record<BaseJoin, { needs: BaseJoin[]; join: string; columns: string }> = {
  mission: { needs: [], join: "JOIN mission m ON m.id = d.mission_id", columns: "m.code AS mission_code, m.lead_organization_id AS organization_id, m.kind AS mission_kind" },
  organization: { needs: ["mission"], join: "JOIN organization org ON org.id = m.lead_organization_id", columns: "org.code AS organization_code" },
  role: { needs: [], join: "JOIN role r ON r.id = d.role_id", columns: "r.code AS role_code, r.category AS role_category" },
  team: { needs: [], join: "LEFT JOIN specialized_team t ON t.id = d.team_id", columns: "t.name AS team_name" },
  policeService: {
    needs: [], join: "JOIN police_service ps ON ps.id = o.police_service_id",
    columns: "ps.code AS police_service_code, ps.jurisdiction AS jurisdiction, ps.province AS province",
  },
  rank: { needs: [], join: "", columns: "o.rank AS rank" },
};
const JOIN_ORDER: BaseJoin[] = ["mission", "organization", "role", "team", "policeService", "rank"];

/**
 * One row per deployment that passes the filter, with its officer's gender and the codes the
 * requested dimensions sort by. `s` and `e` are the deployment clipped to the period (an ongoing
 * one ends at `to`).
 */
export function registerBase(params: SqlParams, options: BaseOptions, clip: { from: string; to: string }): string {
  const f = options.filter ?? {};
  const c: string[] = [];
  const joinsOf = (d: ParticipationDimension): readonly BaseJoin[] => {
    const spec: ParticipationDimensionSpec = PARTICIPATION_DIMENSIONS[d];
    return options.lookups && spec.lookup ? spec.lookup.joins : spec.joins;
  };
  const needed = new Set<BaseJoin>(options.dimensions.flatMap(joinsOf));
  const from = params.bind(clip.from);
  const to = params.bind(clip.to);
  if (options.overlap) c.push(`d.start_date <= ${to}::date AND (d.end_date IS NULL OR d.end_date >= ${from}::date)`);
  const where = (condition: string, join?: BaseJoin) => {
    c.push(condition);
    if (join) needed.add(join);
  };
  if (f.missions) where(`m.code = ANY(${params.bind(f.missions)})`, "mission");
  if (f.missionKinds) where(`m.kind = ANY(${params.bind(f.missionKinds)})`, "mission");
  const hosts = hostFilter(params, f);
  // One host must pass every host filter: the host groups of the request are those hosts (hostRows).
  if (hosts) where(`EXISTS (SELECT 1 FROM ${hosts.from} WHERE hc.mission_id = d.mission_id AND ${hosts.where})`);
  if (f.organizations) where(`org.code = ANY(${params.bind(f.organizations)})`, "organization");
  if (f.roles) where(`r.code = ANY(${params.bind(f.roles)})`, "role");
  if (f.roleCategories) where(`r.category = ANY(${params.bind(f.roleCategories)})`, "role");
  if (f.teams) where(`t.name = ANY(${params.bind(f.teams)})`, "team");
  if (f.policeServices) where(`ps.code = ANY(${params.bind(f.policeServices)})`, "policeService");
  if (f.jurisdictions) where(`ps.jurisdiction = ANY(${params.bind(f.jurisdictions)})`, "policeService");
  if (f.provinces) where(`ps.province = ANY(${params.bind(f.provinces)})`, "policeService");
  if (f.ranks) c.push(`o.rank = ANY(${params.bind(f.ranks)})`);
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

const HOST_TABLE = "mission_host_country hc";
const HOST_REGIONS = "mission_host_country hc JOIN country c ON c.iso3 = hc.country_iso3";

/**
 * The filters on a mission's hosts (countries, regions, sub-regions), over `hc` (and its country
 * `c` when a region is named): null when there are none.
 */
function hostFilter(params: SqlParams, f: ParticipationFilterValues): { from: string; where: string } | null {
  const c: string[] = [];
  if (f.countries) c.push(`hc.country_iso3 = ANY(${params.bind(f.countries)})`);
  if (f.regions) c.push(`c.region = ANY(${params.bind(f.regions)})`);
  if (f.subRegions) c.push(`c.subregion = ANY(${params.bind(f.subRegions)})`);
  if (!c.length) return null;
  return { from: f.regions || f.subRegions ? HOST_REGIONS : HOST_TABLE, where: c.join(" AND ") };
}

/**
 * Host-country expansion: a mission with several hosts puts its deployments, whole, in each. With a
 * host filter, only the hosts that pass it form groups. `regions`: `h` also has the host's UN M49
 * region and sub-region.
 */
export function hostJoin(params: SqlParams, filter: ParticipationFilterValues | null | undefined, regions = false): string {
  const f = hostFilter(params, filter ?? {});
  if (!regions && (!f || f.from === HOST_TABLE)) {
    return `JOIN mission_host_country h ON h.mission_id = b.mission_id${f ? ` AND ${f.where.replaceAll("hc.", "h.")}` : ""}`;
  }
  return `JOIN (SELECT hc.mission_id, hc.country_iso3, c.region, c.subregion FROM ${HOST_REGIONS}${f ? ` WHERE ${f.where}` : ""}) h ON h.mission_id = b.mission_id`;
}

/** The name of the hosts column marking one host per mission and value of `partition` (hostRows). */
export const firstOf = (partition: readonly string[]) => ["first", ...partition].join("_");

/**
 * The host countries of each mission (only those passing the host filters), with their region and
 * sub-region when `regions`. Each `partitions` entry (columns of these rows) adds a column
 * firstOf(entry) marking one host per mission and value of those columns, so that a grouping
 * coarser than the host country (a total, a region) can take each deployment's days once; the
 * empty entry marks one host per mission.
 */
export function hostRows(params: SqlParams, filter: ParticipationFilterValues | null | undefined, regions: boolean, partitions: readonly (readonly string[])[]): string {
  const f = hostFilter(params, filter ?? {});
  const columns = regions ? ", c.region, c.subregion" : "";
  const firsts = partitions.map((p) =>
    `, hc.country_iso3 = min(hc.country_iso3) OVER (PARTITION BY ${["hc.mission_id", ...p.map((col) => `c.${col}`)].join(", ")}) AS ${firstOf(p)}`).join("");
  return `SELECT hc.mission_id, hc.country_iso3${columns}${firsts}
    FROM ${regions ? HOST_REGIONS : (f?.from ?? HOST_TABLE)}${f ? ` WHERE ${f.where}` : ""}`;
}
