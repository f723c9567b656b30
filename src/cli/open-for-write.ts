import type { Config } from "../config";
import { assertMigrated, openDatabase, type OpenDatabase } from "../db/open";

/**
 * The database for a CLI command that writes (keys, import): through the running server when one
 * holds the embedded data directory, else the directory itself (migrated first, as `seed` does), or
 * PostgreSQL, which must be migrated already.
 */
export async function openForCliWrite(config: Config): Promise<OpenDatabase> {
  const database = await openDatabase(config, { shareRunning: true, poolSize: 1 });
  try {
    if (database.kind === "embedded") await database.db.runMigrations({ transaction: "all" });
    else await assertMigrated(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
