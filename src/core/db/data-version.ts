import type { Queryable } from "../repositories/sql";

/**
 * The data version (migration DataVersion1765123200000): a number that every committed change of
 * the data moves on, in the change's own transaction. Read on a database, it says which writes that
 * database's answers include: a reader that sees version v sees every write up to v.
 */
export async function readDataVersion(reads: Queryable): Promise<number | null> {
  const rows = (await reads.query(`SELECT version FROM data_version`)) as { version: number }[];
  // Emptied by hand (TRUNCATE of every table): nothing can be said of the data's state, so nothing
  // is cached and every read goes to the primary until a migration or an operator restores the row.
  return rows[0] ? Number(rows[0].version) : null;
}
