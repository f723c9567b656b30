import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { DataSource } from "typeorm";
import { withSqlTrace } from "../db/sql-trace";
import type { Logger } from "../logger";
import { buildPeaceopsSchema } from "../schema/build-schema";
import { callerFromAuthorization } from "./caller";
import { createContext, type Caller, type Context } from "./context";
import { createExportRouter } from "./export.route";
import { createFormatError } from "./format-error";
import { createSqlTracePlugin } from "./sql-trace.plugin";

export interface AppOptions {
  db: DataSource;
  logger: Logger;
  traceSql: boolean;
  debugErrors: boolean;
}

export interface RunningApp {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Express app with GraphQL at /graphql, CSV/JSON exports at /export, and health routes. */
export async function startApp(options: AppOptions, port: number, host = "0.0.0.0"): Promise<RunningApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildPeaceopsSchema(),
    formatError: createFormatError(options.logger, options.debugErrors),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (serve.command.ts): drain HTTP, then close the database, then exit.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), createSqlTracePlugin(options.traceSql)],
  });
  await apollo.start();

  // One way to know the caller of a request, for GraphQL and for the export routes alike. The key
  // lookup runs before the SQL trace starts: extensions.sql counts the operation's own statements,
  // the same with a key as without.
  const callers = new WeakMap<express.Request, Caller>();
  const resolveCaller = async (req: express.Request, _res: express.Response, next: express.NextFunction) => {
    callers.set(req, await callerFromAuthorization(options.db, req.headers.authorization));
    next();
  };
  const contextFor = async (req: express.Request): Promise<Context> => {
    const header = req.headers["x-request-id"];
    const requestId = typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
    const caller = callers.get(req) ?? (await callerFromAuthorization(options.db, req.headers.authorization));
    return createContext(options.db, requestId, caller);
  };

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await options.db.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unreachable" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    resolveCaller,
    // Every statement issued while this request is handled is counted for extensions.sql.
    (_req, _res, next) => withSqlTrace(() => next()).result,
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req) }),
  );
  app.use("/export", resolveCaller, createExportRouter({ contextFor, logger: options.logger, debugErrors: options.debugErrors }));

  // Errors before GraphQL (malformed JSON, a body over the limit) answer in GraphQL's shape, without
  // Express's HTML page and its stack trace; the body is not logged.
  app.use((err: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) options.logger.error({ err }, "request failed before GraphQL");
    const message =
      err.type === "entity.parse.failed" ? "The request body is not valid JSON"
      : err.type === "entity.too.large" ? "The request body is larger than 1 MB"
      : status === 500 ? "Internal server error" : "Bad request";
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actual = (httpServer.address() as AddressInfo).port;
  return {
    port: actual,
    url: `http://localhost:${actual}/graphql`,
    async stop() {
      await apollo.stop();
    },
  };
}
