import type { Config } from "../config";
import { openDatabase } from "../core/db/open";

export async function migrate(config: Config): Promise<void> {
  const database = await openDatabase(config);
  try {
    const applied = await database.db.runMigrations({ transaction: "all" });
    process.stdout.write(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(", ")}\n` : "The database is up to date.\n",
    );
  } finally {
    await database.close();
  }
}
