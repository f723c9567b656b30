import type { Config } from "../config";
import type { SeedProfile } from "../core/db/seed/profiles";
import { assertMigrated, openDatabase } from "../core/db/open";
import { seedDatabase } from "../core/db/seed";

export async function seed(config: Config, profile: SeedProfile): Promise<void> {
  const database = await openDatabase(config);
  try {
    if (database.kind === "embedded") await database.db.runMigrations({ transaction: "all" });
    else await assertMigrated(database.db);
    const report = await seedDatabase(database.db, profile);
    const counts = Object.entries(report.counts).map(([k, n]) => `${k} ${n}`).join(", ");
    process.stdout.write(`Seeded profile ${profile} in ${report.ms} ms: ${counts}\n`);
  } finally {
    await database.close();
  }
}
