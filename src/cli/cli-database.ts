import type { Config } from "../config";
import { assertMigrated, openDatabase, type OpenDatabase } from "../db/open";

/**
 * The database for a reading command: through a running server's socket when one holds the
 * embedded data directory (never opening it a second time), otherwise opened here as `serve` would.
 */
export async function withDatabase<T>(config: Config, run: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, { shareRunning: true, prepareEmbedded: true, poolSize: 2 });
  try {
    if (database.kind === "postgres") await assertMigrated(database.db);
    return await run(database);
  } finally {
    await database.close();
  }
}
