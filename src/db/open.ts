import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { createDataSource } from "./data-source";
import fs from "node:fs";
import path from "node:path";
import { embeddedSocketDir, SOCKET_PORT, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";
import { DatabaseLockedError } from "./lock";
import { isEmptyDatabase, seedDatabase } from "./seed";

export const POOL_SIZE = 10;

export interface OpenDatabase {
  db: DataSource;
  /** "shared": the embedded database of a running process (a server), reached through its socket. */
  kind: "embedded" | "shared" | "postgres";
  /** Where the data lives, for messages (never a password). */
  location: string;
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
  /**
   * Embedded only: when another process (a running server) holds the data directory, connect
   * through that process's socket instead of failing. CLI commands that write (import, keys) use
   * this so they never open the data directory a second time, and the server sees their writes.
   */
  shareRunning?: boolean;
  poolSize?: number;
  /**
   * PostgreSQL only: cancel any statement running longer (0 = none). PGlite runs each query to the
   * end on the thread that started it, so a timeout there would never fire in time.
   */
  statementTimeoutMs?: number;
}

async function openShared(config: Config, options: OpenOptions): Promise<OpenDatabase> {
  const dir = embeddedSocketDir(config.dataDir);
  const db = createDataSource({ socket: { dir, port: SOCKET_PORT }, poolSize: options.poolSize ?? 1 });
  await db.initialize();
  return {
    db,
    kind: "shared",
    location: `${config.dataDir} (through the running server)`,
    async close() {
      if (db.isInitialized) await db.destroy();
    },
  };
}

/** Opens the configured database: PostgreSQL at DATABASE_URL, or the embedded one in PEACEOPS_DATA_DIR. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    try {
      embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, maxConnections: POOL_SIZE + 2 });
    } catch (err) {
      const socket = path.join(embeddedSocketDir(config.dataDir), `.s.PGSQL.${SOCKET_PORT}`);
      if (options.shareRunning && err instanceof DatabaseLockedError && fs.existsSync(socket)) return openShared(config, options);
      throw err;
    }
  }
  const db = embedded
    ? createDataSource({ socket: { dir: embedded.socketDir, port: embedded.port }, poolSize: options.poolSize ?? POOL_SIZE })
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
        const report = await seedDatabase(db, config.seed);
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
