import type { Config } from "../config";
import { startControlServer, type ControlServer } from "./control/server";
import { assertMigrated, openDatabase, POOL_SIZE } from "../core/db/open";
import type { Logger } from "../core/logger";
import { readPlans } from "../graphql/selection-plan";
import { terminalStatus } from "./io";
import { startApp, type RunningApp } from "../server/app";
import { startTracing, type RequestTracing } from "../server/tracing/tracing";
import { isWorker, superviseWorkers, workerNumber, type WorkerReady } from "./workers";
import { ReadRouter } from "../core/db/read-router";
import { openReplicas } from "../core/db/replica";
import { createSharedStore, type SharedStore } from "../server/cache/shared-store";

/** How often each replica's health and lag are checked. */
const REPLICA_CHECK_MS = 1000;

/**
 * Serves GraphQL until SIGTERM/SIGINT, then finishes in-flight requests and closes the database.
 * Signals are taken from the start: one that arrives while a new database is being seeded (one
 * transaction) lets the seed finish, then stops cleanly instead of killing the process mid-way.
 */
export async function serve(config: Config, baseLogger: Logger): Promise<void> {
  if (config.scale.workers > 1 && !isWorker()) {
    if (config.databaseUrl) return superviseWorkers(config, baseLogger);
    baseLogger.warn({ workers: config.scale.workers }, "PEACEOPS_WORKERS is ignored on the embedded database: one process owns its data directory, so one serves");
  }
  const worker = workerNumber();
  const logger = worker === null ? baseLogger : baseLogger.child({ worker });
  const started = Date.now();
  let stopRequested: string | null = null;
  let stop: ((signal: string) => Promise<void>) | null = null;
  const onSignal = (signal: string) => {
    if (stop) void stop(signal);
    else if (!stopRequested) {
      stopRequested = signal;
      logger.info({ signal }, "stop requested during start-up; stopping once the database is ready");
    }
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));

  readPlans.enabled = config.readPlans;
  const seeding = seedProgress();
  const database = await openDatabase(config, { prepareEmbedded: true, logger, statementTimeoutMs: config.limits.statementTimeoutMs, onSeedStep: seeding.step }).finally(seeding.end);
  let app: RunningApp | null = null;
  let control: ControlServer | null = null;
  let router: ReadRouter | null = null;
  let store: SharedStore | null = null;
  let tracing: RequestTracing | null = null;
  let stopping = false;
  stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    let code = 0;
    try {
      await app?.stop();
      await control?.close();
      await router?.close();
      await store?.close();
    } catch (err) {
      code = 1;
      logger.error({ err }, "error while draining requests");
    }
    // The last requests' spans are sent before the process ends (a collector that is down costs
    // its export's timeout, and does not fail the stop).
    await tracing?.shutdown().catch((err: unknown) => logger.warn({ err }, "tracing: the last spans could not be sent"));
    try {
      await database.close();
    } catch (err) {
      code = 1;
      logger.error({ err }, "error while closing the database");
    }
    logger.info("stopped");
    process.exit(code);
  };
  if (stopRequested) return stop(stopRequested);
  try {
    if (database.kind === "postgres") await assertMigrated(database.db);
    const { scale } = config;
    const replicas = await openReplicas(scale.replicaUrls, { poolSize: POOL_SIZE, statementTimeoutMs: config.limits.statementTimeoutMs, maxLagMs: scale.replicaMaxLagMs, logger });
    for (const replica of replicas) {
      if (!replica.usable) logger.warn({ replica: replica.name, problem: replica.problem }, "replica not used for now: reads go to the primary");
      replica.start(REPLICA_CHECK_MS);
    }
    router = new ReadRouter(database.db, replicas);
    const answerCacheBytes = scale.answerCacheMb * 2 ** 20;
    store = createSharedStore({ redisUrl: scale.redisUrl, memoryBytes: answerCacheBytes, logger });
    await store.ready();
    if (scale.tracing) tracing = await startTracing({ ...scale.tracing, logger, worker: worker ?? undefined });
    app = await startApp(
      {
        db: database.db, logger, traceSql: config.traceSql, debugErrors: config.debugErrors, limits: config.limits, corsOrigins: config.corsOrigins, shutdownGraceMs: config.shutdownGraceMs,
        router, store, answerCache: scale.answerCache, answerCacheBytes, worker: worker ?? undefined,
        ...(scale.metrics ? { metrics: { token: scale.metricsToken } } : {}),
        ...(tracing ? { tracing } : {}),
      },
      config.port,
      config.host,
    );
    // Commands of the command line (import, keys, export, query, report) run here, on this connection.
    if (database.kind === "embedded") control = await startControlServer({ dataDir: config.dataDir, db: database.db, config, logger });
  } catch (err) {
    await app?.stop().catch(() => undefined);
    await router?.close().catch(() => undefined);
    await store?.close();
    await database.close();
    throw err;
  }
  const readyMs = Date.now() - started;
  logger.info({ url: app.url, database: database.kind, readyMs, rssMb: Math.round(process.memoryUsage().rss / 1e6) }, "ready");
  const banner =
    `peaceops is serving GraphQL at ${app.url}\n` +
      `  dashboard: ${app.url.replace(/graphql$/, "")}  GraphQL explorer: ${app.url.replace(/graphql$/, "explorer")}\n` +
      `  listening on ${config.host} (${listensOn(config.host)})\n` +
      `  database: ${database.kind === "embedded" ? `embedded PostgreSQL (PGlite) in ${database.location}` : `PostgreSQL ${database.location}`}\n` +
      `  ready in ${readyMs} ms; stop with Ctrl-C\n`;
  // A worker's supervisor prints the banner once for all of them.
  if (worker !== null) process.send?.({ type: "peaceops:ready", url: app.url, banner } satisfies WorkerReady);
  else process.stdout.write(banner);
}

/**
 * A first start seeds the new embedded database (15-45 s on a small machine): a status line on the
 * terminal says so while it runs, with the step and the seconds elapsed. Nothing when stderr is not a
 * terminal (the log has a line per step there).
 */
function seedProgress(): { step(step: string, index: number, total: number): void; end(): void } {
  let started = 0;
  let text = "";
  let timer: NodeJS.Timeout | null = null;
  const show = () => terminalStatus(`${text} ${Math.round((performance.now() - started) / 1000)} s`);
  return {
    step(step, index, total) {
      if (!started) {
        started = performance.now();
        timer = setInterval(show, 1000);
        timer.unref();
      }
      text = `First start: seeding a new database, ${step} (${index + 1}/${total})...`;
      show();
    },
    end() {
      if (!timer) return;
      clearInterval(timer);
      terminalStatus(`First start: database seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`, true);
    },
  };
}

/** Who can reach the server, in words, for its start message. */
function listensOn(host: string): string {
  if (host === "127.0.0.1" || host === "::1" || host === "localhost") return "this machine only; HOST=0.0.0.0 opens it to the network";
  if (host === "0.0.0.0" || host === "::") return "every network interface";
  return "that address only";
}
