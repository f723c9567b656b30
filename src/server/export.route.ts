import express, { type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import { today } from "../core/analytics/period";
import { UserInputError, ErrorCode, NotFoundError } from "../core/errors";
import { DELIMITER_CHOICES, parseDelimiter, type Delimiter } from "../core/ingest/delimiter";
import { assertEntityAccess } from "../export/entities/entity-access";
import { entityRows } from "../export/entities/entity-rows";
import { ENTITIES, entityColumns, findEntity, type EntitySpec } from "../export/entities/entity-specs";
import { parseReportParams } from "../export/report-params";
import { csvRecords, runReport } from "../export/report-export";
import { findReport, REPORTS, type ReportSpec } from "../export/report-specs";
import { parseRound, roundRows } from "../export/round";
import { jsonText, writeCsv } from "../export/write";
import type { Logger } from "../core/logger";
import type { Context } from "../graphql/context";
import type { Limits } from "./limits";
import { assertExportLimits } from "./export-limits";
import { createFormatError } from "./format-error";

export interface ExportRouteOptions {
  /** The context of a request, built exactly as for /graphql, so the same caller and rules apply. */
  contextFor(req: Request): Context | Promise<Context>;
  logger: Logger;
  debugErrors: boolean;
  /** The report's query is held to the limits of the same query sent to /graphql. */
  limits: Pick<Limits, "maxCost" | "maxReports" | "anonymousMaxYears" | "statementTimeoutMs">;
}

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
};

const FILE = /^([A-Za-z][A-Za-z_-]*)\.([A-Za-z0-9]+)$/;

/** Query parameters as text; a parameter given twice is one comma-separated list. */
function textParams(query: Request["query"]): Record<string, string> {
  // No prototype: `?constructor=` or `?__proto__=` are parameters like any other (and unknown).
  const params: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === "string")) throw new UserInputError(`${name} must be plain text`, name);
    params[name] = (values as string[]).join(",");
  }
  return params;
}

/** Takes the `delimiter` parameter out of `params`: a comma when absent. */
function delimiterParam(params: Record<string, string>): Delimiter | undefined {
  const raw = params.delimiter;
  delete params.delimiter;
  if (raw === undefined) return undefined;
  const delimiter = parseDelimiter(raw);
  if (!delimiter) throw new UserInputError(`delimiter must be ${DELIMITER_CHOICES}, got ${JSON.stringify(raw)}`, "delimiter");
  return delimiter;
}

/** Takes a true/false parameter out of `params`. */
function flag(params: Record<string, string>, name: string): boolean {
  const raw = params[name];
  delete params[name];
  if (raw === undefined) return false;
  if (!/^(true|false)$/i.test(raw)) throw new UserInputError(`${name} must be true or false, got ${JSON.stringify(raw)}`, name);
  return raw.toLowerCase() === "true";
}

function attachment(res: Response, name: string, extension: string): void {
  res.setHeader("Content-Disposition", `attachment; filename="${name}-${today()}.${extension}"`);
  res.setHeader("Cache-Control", "no-store");
}

/**
 * `GET /export/<report>.csv|json` and `GET /export/<entity>.csv`: the CLI's exports for reporting
 * tools. Reports are the core's, run with the request's scope; entities are streamed
 * under the access rules of the same data in GraphQL. Errors answer in GraphQL's error shape with
 * the matching status (400 bad input, 401 no key, 403 missing role, 404 no such export).
 */
export function createExportRouter(options: ExportRouteOptions): express.Router {
  const router = express.Router();
  const formatError = createFormatError(options.logger, options.debugErrors, options.limits.statementTimeoutMs);

  // Answered as /graphql answers the same error (format-error.ts): a core error with its code and
  // field, a statement timeout as a limit, anything else logged and masked with an id.
  const fail = (res: Response, err: unknown) => {
    const formatted = formatError(err instanceof GraphQLError ? err.toJSON() : { message: err instanceof Error ? err.message : String(err) }, err);
    // `http` is Apollo's status hint, the response's status here.
    const { http: _status, ...extensions } = formatted.extensions ?? {};
    const code = String(extensions.code);
    const status = STATUS[code] ?? 500;
    if (status === 401) res.setHeader("WWW-Authenticate", "Bearer");
    res.status(status).json({ errors: [{ message: formatted.message, extensions }] });
  };

  const report = async (req: Request, res: Response, spec: ReportSpec, format: string, params: Record<string, string>) => {
    const bom = flag(params, "bom");
    const delimiter = delimiterParam(params);
    const round = parseRound(params.round, "round");
    delete params.round;
    const request = parseReportParams(spec, params);
    const context = await options.contextFor(req);
    // Before any SQL: the cost, and for a caller without an API key the period (the CLI is trusted).
    assertExportLimits(request, context.caller, options.limits);
    const result = await runReport(request, context);
    const rows = roundRows(result.rows, round);
    attachment(res, spec.name, format);
    if (format === "json") {
      res.type("application/json; charset=utf-8").send(jsonText(rows));
      return;
    }
    res.type("text/csv; charset=utf-8");
    await writeCsv(result.columns.map((c) => c.name), csvRecords(result.columns, rows), res, { bom, delimiter });
  };

  const entity = async (req: Request, res: Response, spec: EntitySpec, format: string, params: Record<string, string>) => {
    if (format !== "csv") throw new UserInputError(`the ${spec.name} export is CSV only (the import's format)`, "format");
    const bom = flag(params, "bom");
    const delimiter = delimiterParam(params);
    const includeNames = flag(params, "includeNames");
    const extra = Object.keys(params)[0];
    if (extra !== undefined) throw new UserInputError(`the ${spec.name} export takes no parameter ${extra} (it takes includeNames, bom, delimiter)`, extra);
    const context = await options.contextFor(req);
    assertEntityAccess(spec, context.caller, includeNames);
    attachment(res, spec.name, "csv");
    res.type("text/csv; charset=utf-8");
    await writeCsv(entityColumns(spec, includeNames), entityRows(context.primary, spec, includeNames), res, { bom, delimiter });
  };

  // What can be exported, for a tool discovering the routes.
  router.get("/", (_req, res) => {
    res.json({
      reports: REPORTS.map((r) => ({ name: r.name, formats: ["csv", "json"], tables: r.tables.map((t) => t.name) })),
      entities: ENTITIES.map((e) => ({ name: e.name, formats: ["csv"], role: e.role })),
    });
  });

  router.get("/:file", async (req, res) => {
    try {
      const m = FILE.exec(req.params.file);
      const name = m?.[1] ?? req.params.file;
      const format = m?.[2].toLowerCase() ?? "";
      const reportSpec = findReport(name);
      const entitySpec = reportSpec ? null : findEntity(name);
      if (!reportSpec && !entitySpec) {
        throw new NotFoundError(`No export ${JSON.stringify(name)}: reports are ${REPORTS.map((r) => r.name).join(", ")}; entities are ${ENTITIES.map((e) => e.name).join(", ")}`);
      }
      if (format !== "csv" && format !== "json") throw new UserInputError(`The export's file name must end in .csv or .json, got ${JSON.stringify(req.params.file)}`, "format");
      const params = textParams(req.query);
      if (reportSpec) await report(req, res, reportSpec, format, params);
      else await entity(req, res, entitySpec!, format, params);
    } catch (err) {
      // Once rows are on their way the status is sent: cut the response so the client sees a
      // truncated download, never a file that looks complete.
      if (res.headersSent) {
        options.logger.warn({ err }, "export cut short while streaming (the client left, or the database failed)");
        res.destroy();
      } else fail(res, err);
    }
  });
  return router;
}
