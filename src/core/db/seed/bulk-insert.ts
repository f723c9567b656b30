import type { EntityManager } from "typeorm";

// PostgreSQL binds at most 65,535 parameters per statement.
const MAX_PARAMS = 60_000;

/**
 * Multi-row INSERTs with bound values, on PostgreSQL and the embedded database alike (COPY has not
 * been tried over the embedded database's in-process connection). Returns the RETURNING rows.
 */
export async function insertRows(
  em: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
  returning?: string,
): Promise<any[]> {
  const out: any[] = [];
  const chunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const tuples = slice.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
    const sql = `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}${returning ? ` RETURNING ${returning}` : ""}`;
    const result = await em.query(sql, params);
    if (returning) out.push(...result);
  }
  return out;
}
