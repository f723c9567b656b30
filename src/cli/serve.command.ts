import type { Config } from "../config";
import { assertMigrated, openDatabase } from "../db/open";
import type { Logger } from "../logger";
import { startApp } from "../server/app";

/** Serves GraphQL until SIGTERM/SIGINT, then finishes in-flight requests and closes the database. */
export async function serve(config: Config, logger: Logger): Promise<void> {
  const started = Date.now();
  const database = await openDatabase(config, { prepareEmbedded: true, logger });
  try {
    if (database.kind === "postgres") await assertMigrated(database.db);
    const app = await startApp({ db: database.db, logger, traceSql: config.traceSql, debugErrors: config.debugErrors }, config.port);
    const readyMs = Date.now() - started;
    logger.info({ url: app.url, database: database.kind, readyMs, rssMb: Math.round(process.memoryUsage().rss / 1e6) }, "ready");
    process.stdout.write(
      `peaceops is serving GraphQL at ${app.url}\n` +
        `  database: ${database.kind === "embedded" ? `embedded PostgreSQL (PGlite) in ${database.location}` : `PostgreSQL ${database.location}`}\n` +
        `  ready in ${readyMs} ms; stop with Ctrl-C\n`,
    );
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "shutting down");
      try {
        await app.stop();
      } finally {
        await database.close();
        logger.info("stopped");
        process.exit(0);
      }
    };
    process.on("SIGTERM", () => void shutdown("SIGTERM"));
    process.on("SIGINT", () => void shutdown("SIGINT"));
  } catch (err) {
    await database.close();
    throw err;
  }
}
