import type { UnContributionFilter, UnContributionOrderField, UnContributionRow } from "../model/un-contribution";
import { anyOf, checkRange, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";

const COLUMNS = `u.id AS pk, u.as_of_date AS "asOfDate", u.mission_id AS "missionId", u.country_iso3 AS "countryIso3",
  um.code AS "missionCode",
  u.personnel_type AS "personnelType", u.male, u.female, u.total, u.source`;

export const unContributionList: ListSpec<UnContributionFilter, UnContributionOrderField> = {
  columns: COLUMNS,
  from: "un_contribution u LEFT JOIN mission um ON um.id = u.mission_id",
  conditions(f, p) {
    const c: string[] = [];
    checkRange(f.from, f.to, "filter.");
    // A month range: any date names its whole month.
    if (f.from) c.push(`u.as_of_date >= date_trunc('month', ${p.bind(f.from)}::date)::date`);
    if (f.to) c.push(`u.as_of_date < (date_trunc('month', ${p.bind(f.to)}::date) + interval '1 month')::date`);
    if (f.missions) c.push(`u.mission_id IN (SELECT id FROM mission WHERE code = ANY(${p.bind(f.missions)}))`);
    anyOf(c, "u.country_iso3", f.contributors, p);
    anyOf(c, "u.personnel_type", f.personnelTypes, p);
    return c;
  },
  orders: {
    AS_OF_DATE: `c."asOfDate"`,
    MISSION: `c."missionCode" COLLATE "C"`,
    CONTRIBUTOR: `c."countryIso3" COLLATE "C"`,
    TOTAL: "c.total",
  },
  defaultOrder: "AS_OF_DATE" as UnContributionOrderField,
  tiebreak: "c.pk",
};

export const toUnContribution = rowOf<UnContributionRow>;

export async function unContributionsByIds(db: Queryable, ids: readonly number[]): Promise<UnContributionRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM ${unContributionList.from} WHERE u.id = ANY($1)`, [ids])).map(toUnContribution);
}
