import type { SpecializedTeamFilter, SpecializedTeamOrderField, SpecializedTeamRow } from "../model/specialized-team";
import { anyOf, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";
import type { NodeSource } from "../model/node-source";

const COLUMNS = `t.id AS pk, t.mission_id AS "missionId", t.name, t.focus, t.led_by_canada AS "ledByCanada",
  t.start_date AS "startDate", t.end_date AS "endDate", t.source`;

export const specializedTeamList: ListSpec<SpecializedTeamFilter, SpecializedTeamOrderField> = {
  columns: COLUMNS,
  from: "specialized_team t",
  conditions(f, p) {
    const c: string[] = [];
    if (f.missions) c.push(`t.mission_id IN (SELECT id FROM mission WHERE code = ANY(${p.bind(f.missions)}))`);
    anyOf(c, "t.focus", f.focuses, p);
    if (f.ledByCanada !== null && f.ledByCanada !== undefined) c.push(`t.led_by_canada = ${p.bind(f.ledByCanada)}`);
    return c;
  },
  orders: { NAME: `c.name COLLATE "C"`, START_DATE: `c."startDate"` },
  defaultOrder: "NAME" as SpecializedTeamOrderField,
  tiebreak: "c.pk",
};

export const toSpecializedTeam = rowOf<SpecializedTeamRow>;

/** SpecializedTeam rows as other reads join them (reads/relations.ts). */
export const specializedTeamSource: NodeSource<SpecializedTeamRow> = { columns: COLUMNS, from: "specialized_team t", key: "t.id", map: toSpecializedTeam };

export async function teamsByIds(db: Queryable, ids: readonly number[]): Promise<SpecializedTeamRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM specialized_team t WHERE t.id = ANY($1)`, [ids])).map(toSpecializedTeam);
}

export async function teamsOfMissions(db: Queryable, missionIds: readonly number[]): Promise<SpecializedTeamRow[]> {
  const rows = await db.query(`SELECT ${COLUMNS} FROM specialized_team t WHERE t.mission_id = ANY($1) ORDER BY t.name COLLATE "C", t.id`, [missionIds]);
  return rows.map(toSpecializedTeam);
}
