import { DatabaseError, type Pool, type PoolClient, type QueryConfig } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { cached } from "../cached";
import { exactName, makeRoom, noteUse, withLiterals } from "./exact-plans";
import { CLIENT_METER, type MeterableReads, type MeteredClient, type StatementMeter } from "./statement-meter";

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

const prepared = new WeakMap<DataSource, MeterableReads>();
const planned = new WeakMap<DataSource, MeterableReads>();

/**
 * The database's reads, straight on its pg pool: one pooled client per statement, as TypeORM's
 * `query` does, without setting up a query runner for each. As named prepared statements, or, with
 * `prepare: false`, each planned for its own values (the reports: a prepared statement's generic
 * plan can be far off for a report's period and filters), a plan the connection keeps for the same
 * values (exact-plans.ts). Only for statements that return rows.
 */
export function readsOf(db: DataSource, { prepare = true }: { prepare?: boolean } = {}): MeterableReads {
  return cached(prepare ? prepared : planned, db, () => {
    return {
      async query(text: string, values?: unknown[], meter?: StatementMeter) {
        // A report's statement with its values written in: planned for them, kept for them.
        const literal = prepare ? undefined : withLiterals(text, values ?? []);
        const exact = literal === undefined ? undefined : exactName(literal);
        const name = prepare ? nameOf(text) : undefined;
        const statement: QueryConfig = literal !== undefined && exact ? { name: exact, text: literal } : name ? { name, text, values } : { text, values };
        // The pool as it is now: a replica's data source is connected after its reads are made.
        const pool = (db.driver as PostgresDriver).master as Pool | undefined;
        if (!pool) throw new Error("the database is not connected yet");
        // A client of its own for the statement, released (or, broken, destroyed) when it ends.
        const client: PoolClient & MeteredClient = await pool.connect();
        let broken: Error | undefined;
        // A connection lost mid-statement fails the statement and is also emitted as an error
        // event, which nothing else listens to while the client is checked out.
        const lost = (err: Error) => (broken = err);
        client.on("error", lost);
        try {
          // Before the meter is set: the connection's housekeeping is no statement of the request's.
          if (exact) await makeRoom(client, exact);
          // A request's meter goes on the client while its statement runs (db/client.ts charges it
          // there): time spent waiting for the connection is not charged.
          if (meter) client[CLIENT_METER] = meter;
          return (await client.query(statement)).rows;
        } catch (err) {
          // An error from the database leaves the connection usable; any other (a lost
          // connection) does not, and the pool must not hand it out again.
          if (!(err instanceof DatabaseError)) broken = err as Error;
          throw err;
        } finally {
          if (meter) client[CLIENT_METER] = undefined;
          if (exact) noteUse(client, exact);
          client.off("error", lost);
          client.release(broken);
        }
      },
    };
  });
}
