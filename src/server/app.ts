import { randomUUID } from "node:crypto";
import { lpSolver } from "../core/disclosure/shift-lp";
import http from "node:http";
import { isIP, type AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { DataSource } from "typeorm";
import type { Logger } from "../core/logger";
import { buildPeaceopsSchema } from "../graphql/build-schema";
import { createApqCache, createPersistedQueryPlugin } from "./cache/apq-cache";
import { cacheable, createAnswerCachePlugin } from "./cache/answer-cache.plugin";
import { createReadRoutingPlugin } from "./cache/read-routing.plugin";
import { cachedAnswers } from "./cache/cached-answers";
import { CacheableTexts } from "./cache/cacheable-texts";
import { memoryStore, withLocalCopies, type SharedStore } from "./cache/shared-store";
import { schemaTag } from "./cache/schema-tag";
import { ReadRouter } from "../core/db/read-router";
import { routeScope } from "../core/scope";
import { compiledExecution } from "./compiled-execution";
import { batchLimit, jsonBody } from "./body-limits";
import { callerFromAuthorization } from "./caller";
import { createContext, type Context } from "../graphql/context";
import { type Caller } from "../core/policy";
import { apiContentPolicy } from "./content-policy";
import { corsFor } from "./cors";
import { createCostPlugin } from "./cost.plugin";
import { createExportRouter } from "./export.route";
import { PdfPrinter } from "../report/pdf";
import { createReportRouter } from "./report.route";
import { createWebRouter, WEB_ROOT } from "./web.route";
import { createFormatError } from "./format-error";
import { httpErrorHandler, notFound } from "./http-errors";
import { createInFlightTracker } from "./in-flight.plugin";
import { createInputGuardPlugin } from "./input-guard.plugin";
import { limitRules } from "./limit-rules";
import { DEFAULT_LIMITS, type Limits } from "./limits";
import { isEmbedded } from "../core/db/data-source";
import { newBudget } from "../core/db/statement-budget";
import { admission } from "./admission";
import { createNoStorePlugin } from "./no-store.plugin";
import { meterOf, recordOf, requestLog, traceRequest } from "./request-log";
import { attachRecord } from "./request-context";
import { createRequestLogPlugin } from "./request-log.plugin";
import { securityHeaders } from "./security-headers";
import { createSqlTracePlugin } from "./sql-trace.plugin";
import { createMetrics } from "./metrics/metrics";
import { metricsRoute, type MetricsAccess } from "./metrics/metrics.route";
import type { RequestTracing } from "./tracing/tracing";

export interface AppOptions {
  db: DataSource;
  logger: Logger;
  traceSql: boolean;
  debugErrors: boolean;
  /** Defaults: DEFAULT_LIMITS. */
  limits?: Limits;
  /** Origins allowed by CORS; none = no CORS headers. */
  corsOrigins?: readonly string[];
  /**
   * The execution of a document this many times makes it compiled (compiled-execution.ts; default
   * 2); Infinity keeps graphql-js for everything.
   */
  compileAfter?: number;
  /** How long stop() lets in-flight requests finish before cutting their connections (default 25 s). */
  shutdownGraceMs?: number;
  /** The built dashboard and explorer (default dist/web). */
  webRoot?: string;
  /** Where reads go: the primary alone by default; with replicas, those that are current. */
  router?: ReadRouter;
  /** What the processes share: persisted queries and cached answers (default: this process's memory). */
  store?: SharedStore;
  /** The analytics answer cache (answer-cache.plugin.ts); default on. */
  answerCache?: boolean;
  /** With Redis, the size of this process's copy of the answers it asks for most (default 64 MiB). */
  answerCacheBytes?: number;
  /** This process's number among several (PEACEOPS_WORKERS), sent as X-Peaceops-Worker. */
  worker?: number;
  /** /metrics (PEACEOPS_METRICS), and who may read it; absent = no such route. */
  metrics?: MetricsAccess;
  /** Traces of the requests (OTEL_EXPORTER_OTLP_ENDPOINT); absent = none. */
  tracing?: RequestTracing;
}

export interface RunningApp {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The in-memory answer cache's size (without Redis), or that of the local copy of answers (with Redis). */
export const ANSWER_CACHE_BYTES = 64 * 2 ** 20;

// requestLog has already replaced a missing or unusable X-Request-Id; this check stays as a guard.
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Express app with GraphQL at /graphql, CSV/JSON exports at /export, and health routes. */
export async function startApp(options: AppOptions, port: number, host = "127.0.0.1"): Promise<RunningApp> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const graceMs = options.shutdownGraceMs ?? 25_000;
  const inFlight = createInFlightTracker();
  const app = express();
  app.disable("x-powered-by");
  // No ETag on any route: GraphQL and export responses can hold officers' names, and none of this
  // API's answers is worth revalidating (health is tiny, everything else is computed per caller).
  app.set("etag", false);
  const httpServer = http.createServer(app);
  // Disclosure control's LP solver (WebAssembly) compiles while the server starts, not on the first
  // suppressed report; a failure to load shows on the reports that need it.
  lpSolver().catch(() => undefined);
  const schema = buildPeaceopsSchema();
  const router = options.router ?? new ReadRouter(options.db);
  const store = options.store ?? memoryStore(ANSWER_CACHE_BYTES);
  const answerCache = options.answerCache ?? true;
  // With Redis, the answers this process asks for most are also kept in its memory (exact: the key
  // holds the data version).
  const sharedAnswers = store.namespace("peaceops:answer:");
  const answers = store.kind === "redis" ? withLocalCopies(sharedAnswers, options.answerCacheBytes ?? ANSWER_CACHE_BYTES) : sharedAnswers;
  const tag = schemaTag(schema);
  const cacheableTexts = new CacheableTexts();
  const apqCache = createApqCache(store.namespace("peaceops:apq:"));
  const apqTtl = store.kind === "redis" ? 86_400 : undefined;
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema, options.compileAfter),
    formatError: createFormatError(options.logger, options.debugErrors, limits.statementTimeoutMs),
    // Set explicitly: Apollo's defaults for these change with NODE_ENV, this server's do not.
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    // Automatic persisted queries stay on, namespaced by caller (apq-cache.ts), in the shared store
    // (Redis: a day's keep, since nothing else bounds it there; memory: an LRU).
    persistedQueries: { cache: apqCache, ...(apqTtl !== undefined ? { ttl: apqTtl } : {}) },
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    // Shutdown is ours (serve.command.ts): drain HTTP, then close the database, then exit.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: graceMs }),
      inFlight.plugin,
      // An API for tools: no HTML page that loads scripts from elsewhere.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set or read here (every answer is no-store): without this, Apollo's
      // default cache-control plugin instruments every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      createCostPlugin(limits),
      createInputGuardPlugin(limits.maxVariableDepth),
      createNoStorePlugin(),
      // Persisted queries kept and looked up per caller (before the answer cache: it registers).
      createPersistedQueryPlugin(apqCache, apqTtl),
      createRequestLogPlugin(),
      createSqlTracePlugin(options.traceSql),
      // Reads to a current replica or the primary; then the analytics answers from the cache.
      createReadRoutingPlugin(router, answerCache ? cacheable : () => false),
      ...(answerCache ? [createAnswerCachePlugin(answers, tag, cacheableTexts)] : []),
    ],
  });
  await apollo.start();

  app.use(securityHeaders());
  if (options.worker !== undefined) {
    const worker = String(options.worker);
    app.use((_req, res, next) => {
      res.setHeader("x-peaceops-worker", worker);
      next();
    });
  }
  const cors = corsFor(options.corsOrigins ?? []);
  if (cors) app.use(cors);

  // One way to know the caller of a request, for GraphQL and for the export routes alike. The key
  // lookup does not go through the request's scope: extensions.sql counts the operation's own
  // statements, the same with a key as without.
  const callers = new WeakMap<express.Request, Caller>();
  const resolveCaller = async (req: express.Request, _res: express.Response, next: express.NextFunction) => {
    const caller = await callerFromAuthorization(options.db, req.headers.authorization);
    callers.set(req, caller);
    next();
  };
  const contextFor = async (req: express.Request): Promise<Context> => {
    const header = req.headers["x-request-id"];
    const requestId = typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
    const caller = callers.get(req) ?? (await callerFromAuthorization(options.db, req.headers.authorization));
    const res = req.res!;
    const context = createContext(options.db, requestId, caller, meterOf(res));
    attachRecord(context, recordOf(res));
    return context;
  };

  // Exports and reports only read: with replicas, from one that has every committed write.
  const readingContextFor = async (req: express.Request): Promise<Context> => {
    const context = await contextFor(req);
    if (router.replicas.length) routeScope(context, await router.route());
    return context;
  };

  // On the embedded database, a request's statements share the statement timeout as a time budget.
  const embedded = isEmbedded(options.db);
  const budget: express.RequestHandler = (_req, res, next) => {
    if (embedded) meterOf(res).budget = newBudget(limits.statementTimeoutMs);
    next();
  };
  const turn = admission(limits.maxInFlight);

  // The dashboard, the explorer and their assets; a browser opening /graphql gets the explorer.
  app.use(createWebRouter(options.webRoot ?? WEB_ROOT));

  const metrics = options.metrics ? createMetrics({ db: options.db, router }) : null;
  const logRequest = requestLog(options.logger, { observe: metrics?.observe, tracing: options.tracing });
  if (metrics) app.get("/metrics", apiContentPolicy, metricsRoute(metrics, options.metrics!));

  app.get("/healthz", apiContentPolicy, (_req, res) => {
    res.json({ status: "ok" });
  });
  // Ready when the primary answers; each replica and the shared store are reported, and a replica
  // or a Redis that is down leaves the server ready (reads go to the primary, nothing is cached).
  app.get("/readyz", apiContentPolicy, async (_req, res) => {
    let primary = "ready";
    try {
      await options.db.query("SELECT 1");
    } catch {
      primary = "unreachable";
    }
    const replicas = router.replicas.map((r) => ({ name: r.name, status: r.usable ? "in use" : "skipped", lagMs: r.lagMs, ...(r.problem ? { problem: r.problem } : {}) }));
    const cache = { store: store.kind, status: (await store.ping()) ? "ready" : "unreachable", ...(store.problem ? { problem: store.problem } : {}) };
    res.status(primary === "ready" ? 200 : 503).json({ status: primary === "ready" ? "ready" : "database unreachable", databases: [{ name: "primary", status: primary }, ...replicas], cache });
  });

  app.use(
    "/graphql",
    apiContentPolicy,
    logRequest,
    turn,
    budget,
    jsonBody(limits),
    batchLimit(limits),
    resolveCaller,
    // An analytics answer asked again is answered from the cache before GraphQL's pipeline.
    ...(answerCache ? [cachedAnswers({ router, store: answers, schemaTag: tag, texts: cacheableTexts, traceSql: options.traceSql, callerOf: (req) => callers.get(req)! })] : []),
    // Every statement issued while this request is handled is counted for extensions.sql and the log.
    traceRequest,
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req) }),
  );
  app.use("/export", apiContentPolicy, logRequest, turn, budget, resolveCaller, createExportRouter({ contextFor: readingContextFor, logger: options.logger, debugErrors: options.debugErrors, limits }));

  // The report's routes set their own content policy: a document with inline CSS, and JSON errors.
  // One headless browser for the PDFs of all requests, launched on the first one and closed by stop().
  const printer = new PdfPrinter();
  app.use("/reports", logRequest, turn, budget, resolveCaller, createReportRouter({ contextFor: readingContextFor, printer, logger: options.logger, debugErrors: options.debugErrors, statementTimeoutMs: limits.statementTimeoutMs }));
  app.use(apiContentPolicy, notFound);
  // An error answers in this API's JSON whichever route raised it, so with the API's policy too.
  const errorContentPolicy: express.ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    apiContentPolicy(req, res, () => next(err));
  };
  app.use(errorContentPolicy, httpErrorHandler(options.logger, limits));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actual = (httpServer.address() as AddressInfo).port;
  return {
    port: actual,
    url: `http://${urlHost(host)}:${actual}/graphql`,
    async stop() {
      const started = Date.now();
      // A request that reached its socket before the signal, but that this thread (busy, e.g. with
      // the embedded database) has not read yet, looks idle to the drain, which would cut it: a turn
      // of the event loop reads it first.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await apollo.stop();
      // Operations whose callers hung up are not held by any connection: let them end too.
      const left = await inFlight.idle(Math.max(0, graceMs - (Date.now() - started)));
      if (left) options.logger.warn({ operations: left }, "stopping with operations still running");
      await printer.close();
    },
  };
}

/** How a client on this machine reaches the server: every interface includes loopback. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return isIP(host) === 6 ? `[${host}]` : host;
}
