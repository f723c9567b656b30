import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { RequestHandler, Response } from "express";
import { newSqlCost, type SqlCost } from "../core/db/sql-trace";
import type { StatementMeter } from "../core/db/statement-meter";
import type { Logger } from "../core/logger";
import type { ObservedRequest } from "./metrics/metrics";
import type { RequestSpan, RequestTracing } from "./tracing/tracing";

/**
 * What one HTTP request's log line says. Never the query text, the variables, the headers or the
 * URL's query string: they can hold personal data (a name in a filter) or a token.
 */
export interface RequestRecord {
  requestId: string;
  operationName: string | null;
  /** The API key's name (never the token), or anonymous / invalid. */
  caller: string | null;
  operation: string | null;
  errorCodes: string[];
  sql: SqlCost | null;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
export function recordOf(res: Response): RequestRecord | undefined {
  return res.locals.requestRecord as RequestRecord | undefined;
}

/**
 * Gives the request an id (the caller's X-Request-Id when it is a plain token, else a new UUID),
 * echoes it in the response, and logs one line when the response is sent. The header is rewritten
 * so that everything downstream (the GraphQL context) reads the same id.
 */
export interface RequestObservers {
  /** The metrics (PEACEOPS_METRICS). */
  observe?: (request: ObservedRequest) => void;
  /** The traces (OTEL_EXPORTER_OTLP_ENDPOINT). */
  tracing?: RequestTracing;
}

export function requestLog(logger: Logger, { observe, tracing }: RequestObservers = {}): RequestHandler {
  return (req, res, next) => {
    const route = req.baseUrl;
    const span = tracing?.start(req, route);
    if (span) res.locals.span = span;
    const header = req.headers["x-request-id"];
    const requestId = typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    const record: RequestRecord = { requestId, operationName: null, caller: null, operation: null, errorCodes: [], sql: null };
    res.locals.requestRecord = record;
    const started = performance.now();
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const status = res.headersSent ? res.statusCode : null;
      const ms = performance.now() - started;
      if (observe || span) {
        const said = res.getHeader("x-peaceops-cache");
        const cache = said === "hit" || said === "miss" ? said : null;
        const sqlStatements = record.sql?.statements ?? 0;
        observe?.({ route, status, seconds: ms / 1000, operationName: record.operationName, operation: record.operation, errors: record.errorCodes.length, sqlStatements, cache });
        span?.end({ status, operationName: record.operationName, operation: record.operation, errorCodes: record.errorCodes, sqlStatements, cache });
      }
      logger.info(
        {
          requestId,
          method: req.method,
          path: new URL(req.originalUrl, "http://localhost").pathname,
          status,
          aborted: !res.writableFinished,
          durationMs: Math.round(ms * 10) / 10,
          operationName: record.operationName,
          caller: record.caller,
          operation: record.operation,
          sqlStatements: record.sql?.statements ?? 0,
          errors: record.errorCodes.length,
          ...(record.errorCodes.length ? { errorCodes: [...new Set(record.errorCodes)] } : {}),
        },
        "request",
      );
    };
    res.once("finish", log);
    res.once("close", log);
    next();
  };
}

/** The meter of the request `res` answers: what its statements are charged to (statement-meter.ts). */
export function meterOf(res: Response): StatementMeter {
  return ((res.locals.meter as StatementMeter | undefined) ??= {});
}

/**
 * Counts this request's SQL statements from here on: the count goes to its log line and, through the
 * request's scope (the GraphQL context), to `extensions.sql`.
 */
export const traceRequest: RequestHandler = (_req, res, next) => {
  const span = res.locals.span as RequestSpan | undefined;
  const cost = newSqlCost(span?.statement);
  meterOf(res).cost = cost;
  const record = recordOf(res);
  if (record) record.sql = cost;
  next();
};
