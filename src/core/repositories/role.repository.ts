import type { RoleFilter, RoleOrderField, RoleRow } from "../model/role";
import { anyOf, type ListSpec } from "./list";
import { rowOf } from "./rows";
import type { Queryable } from "./sql";
import type { NodeSource } from "../model/node-source";

const COLUMNS = `r.id AS pk, r.code, r.name, r.category`;

export const roleList: ListSpec<RoleFilter, RoleOrderField> = {
  columns: COLUMNS,
  from: "role r",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "r.category", f.categories, p);
    return c;
  },
  orders: { CODE: `c.code COLLATE "C"`, NAME: `c.name COLLATE "C"` },
  defaultOrder: "CODE" as RoleOrderField,
  tiebreak: "c.pk",
};

export const toRole = rowOf<RoleRow>;

/** Role rows as other reads join them (reads/relations.ts). */
export const roleSource: NodeSource<RoleRow> = { columns: COLUMNS, from: "role r", key: "r.id", map: toRole };

export async function rolesByIds(db: Queryable, ids: readonly number[]): Promise<RoleRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM role r WHERE r.id = ANY($1)`, [ids])).map(toRole);
}
