import type { PoliceServiceFilter, PoliceServiceOrderField, PoliceServiceRow } from "../model/police-service";
import { anyOf, type ListSpec } from "./list";
import { rowOf } from "./rows";
import { likePattern, type Queryable } from "./sql";
import type { NodeSource } from "../model/node-source";

const COLUMNS = `s.id AS pk, s.code, s.name, s.jurisdiction, s.province`;

export const policeServiceList: ListSpec<PoliceServiceFilter, PoliceServiceOrderField> = {
  columns: COLUMNS,
  from: "police_service s",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "s.jurisdiction", f.jurisdictions, p);
    anyOf(c, "s.province", f.provinces, p);
    if (f.search) {
      const s = p.bind(likePattern(f.search));
      c.push(`(s.code ILIKE ${s} OR s.name ILIKE ${s})`);
    }
    return c;
  },
  orders: { CODE: `c.code COLLATE "C"`, NAME: `c.name COLLATE "C"` },
  defaultOrder: "CODE" as PoliceServiceOrderField,
  tiebreak: "c.pk",
};

export const toPoliceService = rowOf<PoliceServiceRow>;

/** PoliceService rows as other reads join them (reads/relations.ts). */
export const policeServiceSource: NodeSource<PoliceServiceRow> = { columns: COLUMNS, from: "police_service s", key: "s.id", map: toPoliceService };

export async function policeServicesByIds(db: Queryable, ids: readonly number[]): Promise<PoliceServiceRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM police_service s WHERE s.id = ANY($1)`, [ids])).map(toPoliceService);
}
