import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { assertMigrated, openDatabase } from "../core/db/open";

export interface CliDatabase {
  db: DataSource;
  kind: "embedded" | "postgres";
}

/**
 * How a command gets the database for its work. "prepared": a new embedded data directory is
 * migrated and seeded first, as `serve` would (reads, imports); "migrated": only migrated (keys).
 * PostgreSQL must be migrated already (`peaceops migrate`).
 */
export type Lend = <T>(preparation: "prepared" | "migrated", run: (database: CliDatabase) => Promise<T>) => Promise<T>;

/** The database opened by this process for one command, and closed after it. */
export function localLend(config: Config): Lend {
  return async (preparation, run) => {
    const database = await openDatabase(config, { prepareEmbedded: preparation === "prepared", poolSize: 2 });
    try {
      if (database.kind === "postgres") await assertMigrated(database.db);
      else if (preparation === "migrated") await database.db.runMigrations({ transaction: "all" });
      return await run(database);
    } finally {
      await database.close();
    }
  };
}

/** The database of the process that runs the command for another (a server): lent, never closed. */
export function ownLend(db: DataSource, kind: CliDatabase["kind"]): Lend {
  return (_preparation, run) => run({ db, kind });
}
