import pg from "pg";
import { DataSource } from "typeorm";
import { entities } from "../entities";
import type { EmbeddedDatabase } from "./embedded/database";
import { migrations } from "./migrations";
import { EmbeddedClient, PeaceopsClient } from "./client";

// DATE values stay plain YYYY-MM-DD strings: pg's default turns them into local-time Dates,
// which shifts a day west of UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// COUNT(*) and SUM over int come back as int8/numeric strings; counts here fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface DataSourceOptions {
  url?: string;
  /** The embedded database (instead of a URL): always one connection, which owns its one session. */
  embedded?: EmbeddedDatabase;
  /** PostgreSQL only; the embedded database has one connection. */
  poolSize?: number;
  /** Milliseconds after which PostgreSQL cancels a statement (0 = no limit). */
  statementTimeoutMs?: number;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    ...(options.embedded ? { host: "embedded", username: "postgres", database: "postgres" } : { url: options.url }),
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: "all",
    logging: false,
    extra: {
      ...(options.embedded
        ? {
            // One connection, kept: PGlite has one session, and a second connection would take it
            // over (embedded/worker.ts). Requests queue for it in the pool; a transaction holds it
            // to its end. Statements are counted against the request's time budget.
            max: 1,
            idleTimeoutMillis: 0,
            stream: options.embedded.stream,
          }
        : { max: options.poolSize ?? 10 }),
      // Counts each request's statements (and charges the embedded database's time budget).
      Client: options.embedded ? EmbeddedClient : PeaceopsClient,
      // PostgreSQL's JIT compiler costs seconds on analytics whose generate_series rows it
      // overestimates, and saves nothing at these sizes (bench:analytics). PGlite has no JIT.
      // Its connections show as "peaceops" in pg_stat_activity.
      ...(options.url ? { options: "-c jit=off", application_name: "peaceops" } : {}),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}

/** Whether `db` is the embedded database (its connection is the embedded client). */
export function isEmbedded(db: DataSource): boolean {
  return (db.options as { extra?: { Client?: unknown } }).extra?.Client === EmbeddedClient;
}
