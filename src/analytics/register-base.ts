import { SqlParams } from "../repositories/sql";
import type { ParticipationFilterValues } from "./participation-filter";

export interface BaseOptions {
  filter?: ParticipationFilterValues | null;
  seniorOnly?: boolean | null;
  /** Keep deployments overlapping [from, to] ($from/$to already bound). */
  overlap?: { from: string; to: string } | null;
}

/**
 * One row per deployment that passes the filter, with its officer's gender and every code the
 * dimensions sort by. `s` and `e` are the deployment clipped to the period (an ongoing one ends at `to`).
 */
export function registerBase(params: SqlParams, options: BaseOptions, clip: { from: string; to: string }): string {
  const f = options.filter ?? {};
  const c: string[] = [];
  const from = params.bind(clip.from);
  const to = params.bind(clip.to);
  if (options.overlap) c.push(`d.start_date <= ${to}::date AND (d.end_date IS NULL OR d.end_date >= ${from}::date)`);
  if (f.missions) c.push(`m.code = ANY(${params.bind(f.missions)})`);
  if (f.countries) c.push(`EXISTS (SELECT 1 FROM mission_host_country hc WHERE hc.mission_id = d.mission_id AND hc.country_iso3 = ANY(${params.bind(f.countries)}))`);
  if (f.organizations) c.push(`org.code = ANY(${params.bind(f.organizations)})`);
  if (f.roles) c.push(`r.code = ANY(${params.bind(f.roles)})`);
  if (f.roleCategories) c.push(`r.category = ANY(${params.bind(f.roleCategories)})`);
  if (f.teams) c.push(`t.name = ANY(${params.bind(f.teams)})`);
  if (f.policeServices) c.push(`ps.code = ANY(${params.bind(f.policeServices)})`);
  if (f.genders) c.push(`o.gender = ANY(${params.bind(f.genders)})`);
  if (options.seniorOnly) c.push(`d.senior`);
  return `
    SELECT d.id, d.officer_id, o.gender, d.start_date, d.end_date,
           GREATEST(d.start_date, ${from}::date) AS s,
           LEAST(COALESCE(d.end_date, ${to}::date), ${to}::date) AS e,
           d.mission_id, m.code AS mission_code, m.lead_organization_id AS organization_id, org.code AS organization_code,
           d.role_id, r.code AS role_code, r.category AS role_category, d.team_id, t.name AS team_name,
           o.police_service_id, ps.code AS police_service_code, d.senior
    FROM deployment d
    JOIN officer o ON o.id = d.officer_id
    JOIN mission m ON m.id = d.mission_id
    JOIN organization org ON org.id = m.lead_organization_id
    JOIN role r ON r.id = d.role_id
    LEFT JOIN specialized_team t ON t.id = d.team_id
    JOIN police_service ps ON ps.id = o.police_service_id
    ${c.length ? `WHERE ${c.join(" AND ")}` : ""}`;
}

/** Host-country expansion: a mission with several hosts puts its deployments, whole, in each. */
export function hostJoin(params: SqlParams, filter: ParticipationFilterValues | null | undefined): string {
  // With a country filter, only the filtered hosts form groups.
  const only = filter?.countries ? ` AND h.country_iso3 = ANY(${params.bind(filter.countries)})` : "";
  return `JOIN mission_host_country h ON h.mission_id = b.mission_id${only}`;
}

/** Officer counts by gender and person-days, over rows `b` whose clipped span is [sx, ex]. */
export function participationAggregates(sx = "b.s", ex = "b.e"): string {
  const days = `(${ex} - ${sx} + 1)`;
  return `
    count(DISTINCT b.officer_id)::int AS officers,
    count(DISTINCT b.officer_id) FILTER (WHERE b.gender = 'FEMALE')::int AS female,
    count(DISTINCT b.officer_id) FILTER (WHERE b.gender = 'MALE')::int AS male,
    count(DISTINCT b.officer_id) FILTER (WHERE b.gender = 'ANOTHER_GENDER')::int AS "anotherGender",
    count(DISTINCT b.officer_id) FILTER (WHERE b.gender = 'UNDISCLOSED')::int AS undisclosed,
    count(DISTINCT b.officer_id) FILTER (WHERE b.gender <> 'UNDISCLOSED')::int AS known,
    coalesce(sum(${days}), 0)::bigint AS "personDays",
    coalesce(sum(${days}) FILTER (WHERE b.gender = 'FEMALE'), 0)::bigint AS "femalePersonDays",
    coalesce(sum(${days}) FILTER (WHERE b.gender <> 'UNDISCLOSED'), 0)::bigint AS "knownPersonDays"`;
}
