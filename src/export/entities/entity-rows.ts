import type { Queryable } from "../../core/repositories/sql";
import type { CsvValue } from "../csv";
import type { EntitySpec } from "./entity-specs";

export const PAGE_SIZE = 5000;

/**
 * The rows of an entity export, read in pages by primary key (keyset paging: each page is one
 * indexed statement, and no cursor holds a connection or a transaction open on the embedded
 * database, which runs one transaction at a time). Memory is one page, whatever the table's size.
 */
export async function* entityRows(db: Queryable, spec: EntitySpec, includeNames: boolean, pageSize = PAGE_SIZE): AsyncGenerator<Record<string, CsvValue>> {
  const sql = `SELECT x.id AS __id, ${spec.select(includeNames).join(", ")} FROM ${spec.from} WHERE x.id > $1 ORDER BY x.id LIMIT $2`;
  let after = 0;
  for (;;) {
    const rows: Record<string, CsvValue>[] = await db.query(sql, [after, pageSize]);
    yield* rows;
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1].__id);
  }
}
