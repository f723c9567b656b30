import type { Queryable } from "../repositories/sql";

/**
 * The data version (migration DataVersion1765123200000): a number that every committed change of
 * the data moves on, in the change's own transaction. Read on a database, it says which writes that
 * database's answers include: a reader that sees version v sees every write up to v.
 */
export async function readDataVersion(reads: Queryable): Promise<number> {
  const rows = (await reads.query(`SELECT version FROM data_version`)) as { version: number }[];
  if (!rows[0]) throw new Error("The database has no data version: run `npx peaceops migrate`.");
  return Number(rows[0].version);
}
