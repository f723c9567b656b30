import type { OrganizationFilter, OrganizationOrderField, OrganizationRow } from "../model/organization";
import { anyOf, type ListSpec } from "./list";
import { rowOf } from "./rows";
import { likePattern, type Queryable } from "./sql";
import type { NodeSource } from "../model/node-source";

const COLUMNS = `o.id AS pk, o.code, o.name, o.kind`;

export const organizationList: ListSpec<OrganizationFilter, OrganizationOrderField> = {
  columns: COLUMNS,
  from: "organization o",
  conditions(f, p) {
    const c: string[] = [];
    anyOf(c, "o.kind", f.kinds, p);
    if (f.search) {
      const s = p.bind(likePattern(f.search));
      c.push(`(o.code ILIKE ${s} OR o.name ILIKE ${s})`);
    }
    return c;
  },
  orders: { CODE: `c.code COLLATE "C"`, NAME: `c.name COLLATE "C"` },
  defaultOrder: "CODE" as OrganizationOrderField,
  tiebreak: "c.pk",
};

export const toOrganization = rowOf<OrganizationRow>;

/** Organization rows as other reads join them (reads/relations.ts). */
export const organizationSource: NodeSource<OrganizationRow> = { columns: COLUMNS, from: "organization o", key: "o.id", map: toOrganization };

export async function organizationsByIds(db: Queryable, ids: readonly number[]): Promise<OrganizationRow[]> {
  return (await db.query(`SELECT ${COLUMNS} FROM organization o WHERE o.id = ANY($1)`, [ids])).map(toOrganization);
}

export async function organizationByCode(db: Queryable, code: string): Promise<OrganizationRow | null> {
  const rows = await db.query(`SELECT ${COLUMNS} FROM organization o WHERE o.code = $1`, [code]);
  return rows.length ? toOrganization(rows[0]) : null;
}
