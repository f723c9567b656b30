import type { OfficerFilter, OfficerOrderField, OfficerRow, OfficerNames } from "../model/officer";
import { anyOf, selectOne, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";
import type { RowShape } from "../model/read-plan";
import type { NodeSource } from "../model/node-source";

// Names are deliberately absent: they are read only by `officerNamesByIds`, behind the ADMIN guard.
const COLUMNS = `o.id AS pk, o.personnel_number AS "personnelNumber", o.gender, o.rank,
  o.police_service_id AS "policeServiceId", o.source`;

export const officerList: ListSpec<OfficerFilter, OfficerOrderField> = {
  columns: COLUMNS,
  from: "officer o",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "o.gender", f.genders, p);
    anyOf(c, "o.personnel_number", f.personnelNumbers, p);
    anyOf(c, "o.source", f.sources, p);
    if (f.policeServices) c.push(`o.police_service_id IN (SELECT id FROM police_service WHERE code = ANY(${p.bind(f.policeServices)}))`);
    return c;
  },
  orders: { PERSONNEL_NUMBER: `c."personnelNumber" COLLATE "C"` },
  defaultOrder: "PERSONNEL_NUMBER" as OfficerOrderField,
  tiebreak: "c.pk",
};

export const toOfficer = rowOf<OfficerRow>;

/** Officer rows as other reads join them (reads/relations.ts). */
export const officerSource: NodeSource<OfficerRow> = { columns: COLUMNS, from: "officer o", key: "o.id", map: toOfficer };

export async function officersByIds(db: Queryable, ids: readonly number[]): Promise<OfficerRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM officer o WHERE o.id = ANY($1)`, [ids])).map(toOfficer);
}

/** One officer by personnel number, with the shape's includes in the same statement. */
export function officerByPersonnelNumber(db: Queryable, personnelNumber: string, shape: Pick<RowShape<OfficerRow>, "map" | "includesOf"> = { map: toOfficer }): Promise<OfficerRow | null> {
  return selectOne(db, `SELECT ${COLUMNS} FROM officer o WHERE o.personnel_number = $1`, [personnelNumber], shape);
}

/** Personal data. Callers must have checked the ADMIN role. */
export async function officerNamesByIds(db: Queryable, ids: readonly number[]): Promise<OfficerNames[]> {
  return db.query(`SELECT id AS pk, given_name AS "givenName", family_name AS "familyName" FROM officer WHERE id = ANY($1)`, [ids]);
}
