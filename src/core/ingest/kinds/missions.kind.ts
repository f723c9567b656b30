import type { EntityManager } from "typeorm";
import { MissionKind } from "../../domain/enums";
import { FIELD_RULES } from "../../input/field-rules";
import type { ImportFile, KindSpec } from "../kind";
import { readSource, sourceField } from "../source-field";
import { upsertRows } from "../upsert";

interface MissionRow {
  code: string;
  name: string;
  leadOrganizationId: number;
  hostCountries: string[];
  kind: MissionKind;
  startDate: string;
  endDate: string | null;
  source: string | null;
}

/**
 * Replaces the host countries of the given missions with the file's; returns the ids of missions
 * whose set changed.
 */
async function replaceHostCountries(em: EntityManager, rows: MissionRow[], ids: Map<string, number>): Promise<Set<number>> {
  const missionIds = rows.map((r) => ids.get(r.code)!);
  const pairMission: number[] = [];
  const pairCountry: string[] = [];
  rows.forEach((r, i) => r.hostCountries.forEach((iso3) => (pairMission.push(missionIds[i]), pairCountry.push(iso3))));
  const removed = (await em.query(
    // In a CTE so that the driver returns the rows (a bare DELETE returns [rows, count]).
    `WITH gone AS (DELETE FROM mission_host_country h WHERE h.mission_id = ANY($1::int[])
       AND (h.mission_id, h.country_iso3::text) NOT IN (SELECT * FROM unnest($2::int[], $3::text[]))
       RETURNING h.mission_id) SELECT mission_id FROM gone`,
    [missionIds, pairMission, pairCountry],
  )) as { mission_id: number }[];
  const added = (await em.query(
    `INSERT INTO mission_host_country (mission_id, country_iso3) SELECT * FROM unnest($1::int[], $2::text[])
     ON CONFLICT DO NOTHING RETURNING mission_id`,
    [pairMission, pairCountry],
  )) as { mission_id: number }[];
  return new Set([...removed, ...added].map((r) => r.mission_id));
}

export const missionsKind: KindSpec<MissionRow> = {
  kind: "missions",
  table: "mission",
  columns: [
    { name: "code", required: true },
    { name: "name", required: true },
    { name: "lead_organization_code", required: true },
    { name: "host_countries", required: true },
    { name: "kind", required: false },
    { name: "start_date", required: true },
    { name: "end_date", required: false },
    { name: "source", required: false },
  ],
  keyColumns: ["code"],
  references: ["organizations", "countries", "missions"],
  parse(ctx, refs) {
    const code = ctx.checked("code", FIELD_RULES.missionCode, true);
    const name = ctx.checked("name", FIELD_RULES.missionName, true);
    const leadOrganizationId = ctx.refCode("lead_organization_code", FIELD_RULES.organizationCode, refs.organizations, "organization", true);
    const hosts = ctx.required("host_countries");
    const hostCountries = [...new Set((hosts ?? "").split(";").map((s) => s.trim()).filter(Boolean))];
    if (hosts !== undefined && !hostCountries.length) ctx.error("host_countries", "names no country");
    // In any case, stored in capitals (the country rule's form).
    const checked = hostCountries.map((iso3) => FIELD_RULES.countryIso3.check(iso3));
    const malformed = checked.findIndex((c) => c.problem !== undefined);
    const hostCodes = [...new Set(checked.map((c) => c.value!))];
    if (malformed !== -1) {
      ctx.error("host_countries", `country ${malformed + 1} ${checked[malformed]!.problem}`);
    } else {
      const unknown = hostCodes.filter((iso3) => !refs.countries.has(iso3));
      if (unknown.length) ctx.error("host_countries", `unknown country ${unknown.map((c) => JSON.stringify(c)).join(", ")}${ctx.knownHint(unknown[0]!, refs.countries)}`);
    }
    if (code && !refs.missions.has(code)) {
      const variant = [...refs.missions.keys()].find((known) => known.toUpperCase() === code.toUpperCase());
      if (variant) ctx.error("code", `${JSON.stringify(code)} differs from the mission ${JSON.stringify(variant)} only in case: write ${variant} to change that mission (a code is a mission's key)`);
    }
    // The column is NOT NULL: an empty kind is OTHER, as in the reference data.
    const kind = ctx.enumOf("kind", MissionKind, false) ?? MissionKind.OTHER;
    const startDate = ctx.date("start_date", true);
    const endDate = ctx.date("end_date", false);
    ctx.rules("mission", { start_date: startDate, end_date: endDate });
    const source = readSource(ctx);
    if (ctx.failed) return null;
    return { code: code!, name: name!, leadOrganizationId: leadOrganizationId!, hostCountries: hostCodes, kind, startDate: startDate!, endDate: endDate ?? null, source };
  },
  key: (r) => r.code,
  fields: [
    { column: "code", type: "text", key: true, value: (r) => r.code },
    { column: "name", type: "text", value: (r) => r.name },
    { column: "lead_organization_id", type: "int", value: (r) => r.leadOrganizationId },
    { column: "kind", type: "text", file: "kind", absentInsert: MissionKind.OTHER, value: (r) => r.kind },
    { column: "start_date", type: "date", value: (r) => r.startDate },
    { column: "end_date", type: "date", file: "end_date", value: (r) => r.endDate },
    sourceField(),
  ],
  conflict: "(code)",
  // A mission whose columns are unchanged but whose host countries changed counts as updated.
  async write(em: EntityManager, rows: MissionRow[], file: ImportFile) {
    const written = await upsertRows(em, missionsKind, file, rows, "(code)", "code");
    const ids = new Map<string, number>(
      ((await em.query(`SELECT code, id FROM mission WHERE code = ANY($1::text[])`, [rows.map((r) => r.code)])) as { code: string; id: number }[])
        .map((r) => [r.code, r.id]),
    );
    const changedHosts = await replaceHostCountries(em, rows, ids);
    const writtenCodes = new Set(written.returned as string[]);
    const hostOnly = rows.filter((r) => !writtenCodes.has(r.code) && changedHosts.has(ids.get(r.code)!)).length;
    return { inserted: written.inserted, updated: written.updated + hostOnly };
  },
};
