import type { WpsIndicatorFilter, WpsIndicatorOrderField, WpsIndicatorRow } from "../model/wps-indicator";
import type { WpsMilestoneFilter, WpsMilestoneOrderField, WpsMilestoneRow } from "../model/wps-milestone";
import type { WpsTargetRow } from "../model/wps-target";
import { anyOf, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";

const MILESTONE_COLUMNS = `w.id AS pk, w.date, w.country_iso3 AS "countryIso3", w.mission_id AS "missionId",
  w.title, w.description, w.category, w.source`;

export const wpsMilestoneList: ListSpec<WpsMilestoneFilter, WpsMilestoneOrderField> = {
  columns: MILESTONE_COLUMNS,
  from: "wps_milestone w",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "w.country_iso3", f.countries, p);
    anyOf(c, "w.category", f.categories, p);
    if (f.missions) c.push(`w.mission_id IN (SELECT id FROM mission WHERE code = ANY(${p.bind(f.missions)}))`);
    return c;
  },
  orders: { DATE: "c.date" },
  defaultOrder: "DATE" as WpsMilestoneOrderField,
  tiebreak: "c.pk",
};

export const toWpsMilestone = rowOf<WpsMilestoneRow>;

export async function milestonesByIds(db: Queryable, ids: readonly number[]): Promise<WpsMilestoneRow[]> {
  return (await db.query(`SELECT ${MILESTONE_COLUMNS} FROM wps_milestone w WHERE w.id = ANY($1)`, [ids])).map(toWpsMilestone);
}

const INDICATOR_COLUMNS = `i.id AS pk, i.code, i.name, i.unit, i.source, i.computation`;

export const wpsIndicatorList: ListSpec<WpsIndicatorFilter, WpsIndicatorOrderField> = {
  columns: INDICATOR_COLUMNS,
  from: "wps_indicator i",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "i.source", f.sources, p);
    return c;
  },
  orders: { CODE: `c.code COLLATE "C"` },
  defaultOrder: "CODE" as WpsIndicatorOrderField,
  tiebreak: "c.pk",
};

export const toWpsIndicator = rowOf<WpsIndicatorRow>;

export async function indicatorsByIds(db: Queryable, ids: readonly number[]): Promise<WpsIndicatorRow[]> {
  return (await db.query(`SELECT ${INDICATOR_COLUMNS} FROM wps_indicator i WHERE i.id = ANY($1)`, [ids])).map(toWpsIndicator);
}

const TARGET_COLUMNS = `t.id AS pk, t.indicator_id AS "indicatorId", t.year, t.value::float8 AS value, t.source_note AS "sourceNote"`;

export const toWpsTarget = rowOf<WpsTargetRow>;

export async function targetsByIds(db: Queryable, ids: readonly number[]): Promise<WpsTargetRow[]> {
  return (await db.query(`SELECT ${TARGET_COLUMNS} FROM wps_target t WHERE t.id = ANY($1)`, [ids])).map(toWpsTarget);
}

export async function targetsOfIndicators(db: Queryable, indicatorIds: readonly number[]): Promise<WpsTargetRow[]> {
  const rows = await db.query(`SELECT ${TARGET_COLUMNS} FROM wps_target t WHERE t.indicator_id = ANY($1) ORDER BY t.year, t.id`, [indicatorIds]);
  return rows.map(toWpsTarget);
}

/** The milestones dated on or before `to`, oldest first, with the code of their mission. */
export async function milestonesUpTo(db: Queryable, to: string): Promise<(WpsMilestoneRow & { missionCode: string | null })[]> {
  const rows = await db.query(
    `SELECT ${MILESTONE_COLUMNS}, m.code AS "missionCode" FROM wps_milestone w LEFT JOIN mission m ON m.id = w.mission_id
     WHERE w.date <= $1 ORDER BY w.date, w.id`,
    [to],
  );
  return rows.map((r: Record<string, unknown>) => ({ ...toWpsMilestone(r), missionCode: (r.missionCode as string | null) ?? null }));
}
