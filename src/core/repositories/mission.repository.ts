import type { MissionFilter, MissionOrderField, MissionRow } from "../model/mission";
import { anyOf, selectOne, type ListSpec } from "./list";
import { rowOf } from "./rows";
import { likePattern, type Queryable } from "./sql";
import type { RowShape } from "../model/read-plan";
import type { NodeSource } from "../model/node-source";

const COLUMNS = `m.id AS pk, m.code, m.name, m.lead_organization_id AS "leadOrganizationId", m.kind,
  m.start_date AS "startDate", m.end_date AS "endDate", m.canadian_police_from AS "canadianPoliceFrom",
  m.canadian_police_to AS "canadianPoliceTo", m.source`;

export const missionList: ListSpec<MissionFilter, MissionOrderField> = {
  columns: COLUMNS,
  from: "mission m",
  conditions(f, p) {
    const c: string[] = [];
    if (f.organizations) c.push(`m.lead_organization_id IN (SELECT id FROM organization WHERE code = ANY(${p.bind(f.organizations)}))`);
    if (f.countries) {
      c.push(`m.id IN (SELECT mission_id FROM mission_host_country WHERE country_iso3 = ANY(${p.bind(f.countries)}))`);
    }
    anyOf(c, "m.kind", f.kinds, p);
    if (f.activeOn) {
      const d = p.bind(f.activeOn);
      c.push(`m.start_date <= ${d}::date AND (m.end_date IS NULL OR m.end_date >= ${d}::date)`);
    }
    if (f.search) {
      const s = p.bind(likePattern(f.search));
      c.push(`(m.code ILIKE ${s} OR m.name ILIKE ${s})`);
    }
    return c;
  },
  orders: {
    CODE: `c.code COLLATE "C"`,
    NAME: `c.name COLLATE "C"`,
    START_DATE: `c."startDate"`,
    END_DATE: `c."endDate"`,
  },
  defaultOrder: "CODE" as MissionOrderField,
  tiebreak: "c.pk",
};

export const toMission = rowOf<MissionRow>;

/** Mission rows as other reads join them (reads/relations.ts). */
export const missionSource: NodeSource<MissionRow> = { columns: COLUMNS, from: "mission m", key: "m.id", map: toMission };

export async function missionsByIds(db: Queryable, ids: readonly number[]): Promise<MissionRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM mission m WHERE m.id = ANY($1)`, [ids])).map(toMission);
}

/** One mission by code, with the shape's includes in the same statement. */
export function missionByCode(db: Queryable, code: string, shape: Pick<RowShape<MissionRow>, "map" | "includesOf"> = { map: toMission }): Promise<MissionRow | null> {
  return selectOne(db, `SELECT ${COLUMNS} FROM mission m WHERE m.code = $1`, [code], shape);
}

/** Missions hosted by each country (a mission with several hosts appears under each). */
export async function missionsOfCountries(db: Queryable, iso3: readonly string[]): Promise<(MissionRow & { countryIso3: string })[]> {
  const rows = await db.query(
    `SELECT h.country_iso3 AS "countryIso3", ${COLUMNS}
     FROM mission_host_country h JOIN mission m ON m.id = h.mission_id
     WHERE h.country_iso3 = ANY($1) ORDER BY m.start_date, m.code COLLATE "C"`,
    [iso3],
  );
  return rows.map(toMission) as (MissionRow & { countryIso3: string })[];
}
