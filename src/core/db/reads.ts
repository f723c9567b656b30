import { DatabaseError, type Pool } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { cached } from "../cached";
import type { Queryable } from "../repositories/sql";

// Statements get a name, and so are parsed and planned once per connection, up to this many
// distinct texts per process; past it, texts run unnamed (a caller's odd selections cannot make
// every connection hold an unbounded number of prepared statements).
const MAX_NAMED = 1000;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `peaceops_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

const readers = new WeakMap<DataSource, Queryable>();

/**
 * The database's reads, straight on its pg pool: one pooled client per statement, as TypeORM's
 * `query` does, without setting up a query runner for each, and as named prepared statements.
 * Only for statements that return rows (the repositories' SELECTs).
 */
export function readsOf(db: DataSource): Queryable {
  return cached(readers, db, () => {
    return {
      async query(text: string, values?: unknown[]) {
        const name = nameOf(text);
        // The pool as it is now: a replica's data source is connected after its reads are made.
        const pool = (db.driver as PostgresDriver).master as Pool | undefined;
        if (!pool) throw new Error("the database is not connected yet");
        // Connected first and queried after an await, so the statement runs in its request's
        // async context (pg's pool.query calls back from whichever request freed the client).
        const client = await pool.connect();
        let broken: Error | undefined;
        // A connection lost mid-statement fails the statement and is also emitted as an error
        // event, which nothing else listens to while the client is checked out.
        const lost = (err: Error) => (broken = err);
        client.on("error", lost);
        try {
          return (await client.query(name ? { name, text, values } : { text, values })).rows;
        } catch (err) {
          // An error from the database leaves the connection usable; any other (a lost
          // connection) does not, and the pool must not hand it out again.
          if (!(err instanceof DatabaseError)) broken = err as Error;
          throw err;
        } finally {
          client.off("error", lost);
          client.release(broken);
        }
      },
    };
  });
}
