import type { DataSource } from "typeorm";
import type { SeedProfile } from "./seed/profiles";

/** Where the database is and what a new one is seeded with (the server's configuration has more). */
export interface DatabaseConfig {
  /** PostgreSQL URL; null = the embedded database in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  seed: SeedProfile;
}
import type { Logger } from "../logger";
import { createDataSource } from "./data-source";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded/database";
import { isEmptyDatabase, seedDatabase, type SeedStep } from "./seed";

export const POOL_SIZE = 10;

export interface OpenDatabase {
  db: DataSource;
  kind: "embedded" | "postgres";
  /** Where the data lives, for messages (never a password). */
  location: string;
  /** Embedded only: the database thread's memory. */
  embeddedStats?: EmbeddedDatabase["stats"];
  close(): Promise<void>;
}

/** Pending migrations make the server refuse to start on PostgreSQL, where migrating is explicit. */
export class PendingMigrationsError extends Error {}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export interface OpenOptions {
  /** Embedded only: migrate, and seed with the configured profile when the database is empty. */
  prepareEmbedded?: boolean;
  logger?: Logger;
  /** PostgreSQL only: the embedded database always has one connection. */
  poolSize?: number;
  /**
   * PostgreSQL only: cancel any statement running longer (0 = none). PGlite runs each statement to
   * its end; there, a request's statements share a time budget instead (statement-budget.ts).
   */
  statementTimeoutMs?: number;
  /** Embedded only: told of each step of a first start's seed. */
  onSeedStep?: SeedStep;
}

/** Opens the configured database: PostgreSQL at DATABASE_URL, or the embedded one in PEACEOPS_DATA_DIR. */
export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir });
  }
  const db = embedded
    ? createDataSource({ embedded })
    : createDataSource({ url: config.databaseUrl!, poolSize: options.poolSize ?? POOL_SIZE, statementTimeoutMs: options.statementTimeoutMs });
  try {
    await db.initialize();
  } catch (err) {
    await embedded?.close();
    throw err;
  }
  const opened: OpenDatabase = {
    db,
    kind: embedded ? "embedded" : "postgres",
    location: embedded ? config.dataDir : redact(config.databaseUrl!),
    embeddedStats: embedded?.stats,
    async close() {
      if (db.isInitialized) await db.destroy();
      await embedded?.close();
    },
  };
  try {
    if (embedded && options.prepareEmbedded) {
      const applied = await db.runMigrations({ transaction: "all" });
      if (applied.length) options.logger?.info({ migrations: applied.map((m) => m.name) }, "applied migrations");
      if (await isEmptyDatabase(db)) {
        options.logger?.info({ profile: config.seed }, "new database: seeding");
        const report = await seedDatabase(db, config.seed, options.onSeedStep);
        options.logger?.info({ ...report }, "seeded");
      }
    }
  } catch (err) {
    await opened.close();
    throw err;
  }
  return opened;
}

export async function assertMigrated(db: DataSource): Promise<void> {
  if (await db.showMigrations()) {
    throw new PendingMigrationsError("The database has pending migrations: run `npx peaceops migrate` first.");
  }
}
