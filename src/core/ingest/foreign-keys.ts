import type { EntityManager } from "typeorm";
import type { ImportFile, KindSpec } from "./kind";
import { columnValues } from "./upsert";

/**
 * A single-column foreign key: the referencing column, and the referenced table, column and type,
 * each as SQL text ready to be interpolated.
 */
export interface ForeignKey {
  column: string;
  refTable: string;
  refColumn: string;
  refType: string;
}

/** A referenced row was deleted (or its key changed) after the file was checked against it. */
export class ReferenceGoneError extends Error {}

/** The foreign keys of a table, or null when one spans several columns. */
export async function foreignKeysOf(em: EntityManager, table: string): Promise<ForeignKey[] | null> {
  // Identifiers come quoted as SQL needs them (regclass text is quoted and schema-qualified when
  // necessary), and the type keeps its modifier (a char(3) key is not a char(1) one).
  const rows = (await em.query(
    `SELECT quote_ident(a.attname) AS column, c.confrelid::regclass::text AS "refTable", quote_ident(ra.attname) AS "refColumn",
            format_type(ra.atttypid, ra.atttypmod) AS "refType", cardinality(c.conkey) AS width
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
     WHERE c.conrelid = $1::regclass AND c.contype = 'f'
     ORDER BY a.attname`,
    [table],
  )) as (ForeignKey & { width: number })[];
  if (rows.some((r) => r.width !== 1)) return null;
  return rows.map(({ column, refTable, refColumn, refType }) => ({ column, refTable, refColumn, refType }));
}

/**
 * Foreign keys checked once per batch instead of once per row. PostgreSQL checks a foreign key
 * with a trigger that looks up and locks the referenced row for every row written, which is most of
 * the cost of a large import. When the role may set `session_replication_role` (a superuser, or on
 * PostgreSQL 15 and later a role granted SET on that parameter), the import sets it to `replica`
 * for its own transaction, which skips those triggers, and does their work itself, by batch: each
 * referenced row is looked up and locked FOR KEY SHARE, as the trigger would, before any row that
 * refers to it is written; a referenced row that is gone fails the import. Check constraints and
 * unique indexes are not triggers and still apply.
 *
 * Only for kinds written by the generic upsert into one table: a kind with its own writer touches
 * other tables, whose triggers (ON DELETE CASCADE) must run.
 */
export class BatchedForeignKeys {
  private readonly locked = new Map<string, Set<unknown>>();

  private constructor(private readonly keys: ForeignKey[]) {}

  /** Switches the transaction to batched checks; null (triggers stay on) when that is not possible. */
  static async enable(em: EntityManager, spec: KindSpec<any, any>): Promise<BatchedForeignKeys | null> {
    if (spec.write) return null;
    const keys = await foreignKeysOf(em, spec.table);
    if (!keys) return null;
    // Asked first, so that a role without the privilege does not log a refused SET at every import.
    const [{ allowed }] = (await em.query(
      `SELECT current_setting('is_superuser') = 'on'
              OR (current_setting('server_version_num')::int >= 150000 AND has_parameter_privilege('session_replication_role', 'SET')) AS allowed`,
    )) as { allowed: boolean }[];
    if (!allowed) return null;
    await em.query("SAVEPOINT batched_foreign_keys");
    try {
      await em.query("SET LOCAL session_replication_role = replica");
    } catch {
      // Refused after all: the savepoint keeps the transaction usable.
      await em.query("ROLLBACK TO SAVEPOINT batched_foreign_keys");
      return null;
    }
    await em.query("RELEASE SAVEPOINT batched_foreign_keys");
    return new BatchedForeignKeys(keys);
  }

  /** The keys checked, for tests and reports. */
  get foreignKeys(): readonly ForeignKey[] {
    return this.keys;
  }

  /**
   * Looks up and locks, with one statement per foreign key, the referenced rows of a batch that
   * this transaction has not locked yet.
   */
  async lock(em: EntityManager, spec: KindSpec<any, any>, file: ImportFile, rows: unknown[]): Promise<void> {
    for (const key of this.keys) {
      const values = columnValues(spec, file, rows, key.column);
      if (!values) continue; // not written: inserted rows get the default, updated ones keep theirs
      let done = this.locked.get(key.column);
      if (!done) this.locked.set(key.column, (done = new Set()));
      const wanted = [...new Set(values.filter((v) => v !== null && v !== undefined && !done!.has(v)))];
      if (!wanted.length) continue;
      const found = (await em.query(
        `SELECT r.${key.refColumn} AS v FROM ${key.refTable} r WHERE r.${key.refColumn} = ANY($1::${key.refType}[]) FOR KEY SHARE`,
        [wanted],
      )) as { v: unknown }[];
      if (found.length !== wanted.length) {
        const have = new Set(found.map((f) => f.v));
        const gone = wanted.filter((v) => !have.has(v));
        throw new ReferenceGoneError(
          `${gone.length} ${key.refTable} row(s) that the file refers to (column ${key.column}) were deleted while it was imported; nothing was written.`,
        );
      }
      for (const v of wanted) done.add(v);
    }
  }

  /** Back to row-by-row triggers for the rest of the transaction (the audit entry). */
  async disable(em: EntityManager): Promise<void> {
    await em.query("SET LOCAL session_replication_role = origin");
  }

  /**
   * Runs `work` with the triggers on: rows a kind writes to other tables before a batch (the UN
   * missions a file introduces) are checked by PostgreSQL itself.
   */
  async withTriggers<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    await this.disable(em);
    const result = await work();
    await em.query("SET LOCAL session_replication_role = replica");
    return result;
  }
}
