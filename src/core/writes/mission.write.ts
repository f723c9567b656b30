import { organizationId } from "./references";
import type { WriteSpec } from "./write-spec";

export const missionWrite: WriteSpec = {
  typeName: "Mission",
  entity: "mission",
  table: "mission",
  fields: {
    code: { column: "code", presence: "required" },
    name: { column: "name", presence: "required" },
    leadOrganizationCode: { column: "lead_organization_id", resolve: organizationId, presence: "required" },
    // Rows of mission_host_country, written by afterWrite; a create names at least the list.
    hostCountries: { presence: "required" },
    kind: { column: "kind", presence: "required" },
    startDate: { column: "start_date", presence: "required" },
    endDate: { column: "end_date" },
    canadianPoliceFrom: { column: "canadian_police_from" },
    canadianPoliceTo: { column: "canadian_police_to" },
    source: { column: "source", presence: "defaulted" },
  },
  async check(em, _row, input, problems) {
    const hosts = input.hostCountries as string[] | null | undefined;
    if (!hosts || problems.has("hostCountries")) return;
    const unique = [...new Set(hosts)];
    const known = (await em.query(`SELECT iso3 FROM country WHERE iso3 = ANY($1)`, [unique])) as { iso3: string }[];
    const missing = unique.filter((c) => !known.some((k) => k.iso3 === c));
    if (missing.length) problems.add("hostCountries", `hostCountries: no country has the ISO3 code ${missing.join(", ")}`);
  },
  async afterWrite(em, id, input) {
    const hosts = input.hostCountries as string[] | undefined;
    if (hosts === undefined) return;
    const unique = [...new Set(hosts)];
    await em.query(`DELETE FROM mission_host_country WHERE mission_id = $1`, [id]);
    await em.query(`INSERT INTO mission_host_country (mission_id, country_iso3) SELECT $1, unnest($2::varchar[])`, [id, unique]);
  },
  async snapshotExtra(em, id) {
    const rows = (await em.query(`SELECT country_iso3 FROM mission_host_country WHERE mission_id = $1 ORDER BY country_iso3`, [id])) as { country_iso3: string }[];
    return { host_countries: rows.map((r) => r.country_iso3) };
  },
  uniqueKeys: { UQ_ce830930e0245c7ef14dac2b5b8: { blame: "code", fields: ["code"] } },
  referencedBy: [
    { table: "deployment", column: "mission_id", label: "deployment(s)" },
    { table: "specialized_team", column: "mission_id", label: "specialized team(s)" },
    { table: "training_delivery", column: "mission_id", label: "training delivery(ies)" },
    { table: "deployment_request", column: "mission_id", label: "deployment request(s)" },
    { table: "wps_milestone", column: "mission_id", label: "milestone(s)" },
    { table: "un_contribution", column: "mission_id", label: "UN contribution row(s)" },
  ],
};
