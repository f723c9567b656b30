import express, { type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import helmet from "helmet";
import { ErrorCode, NotFoundError, UserInputError } from "../core/errors";
import type { Logger } from "../core/logger";
import { buildGenerationEqualityReport } from "../report/build";
import type { PdfPrinter } from "../report/pdf";
import { FORMATS } from "../report/render-options";
import type { Context } from "../graphql/context";
import { apiContentPolicy } from "./content-policy";
import { createFormatError } from "./format-error";

export interface ReportRouteOptions {
  /** The context of a request, built exactly as for /graphql and /export: the same caller and rules. */
  contextFor(req: Request): Context | Promise<Context>;
  /** Prints the PDFs (a headless Chromium shared by the requests). */
  printer: PdfPrinter;
  logger: Logger;
  debugErrors: boolean;
  statementTimeoutMs: number;
}

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAVAILABLE]: 503,
};

const PARAMS = ["year", "from", "to", "lang", "paper", "minCellSize"] as const;
const FILE = /^([a-z-]+)\.([A-Za-z0-9]+)$/;
const TYPES: Record<string, string> = { html: "text/html; charset=utf-8", md: "text/markdown; charset=utf-8", pdf: "application/pdf" };

/** The document's own policy: its inline CSS may apply, nothing may load, no script may run, no page may frame it. */
const documentPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], imgSrc: ["data:"], frameAncestors: ["'none'"] },
});

function params(query: Request["query"]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(query)) {
    if (!(PARAMS as readonly string[]).includes(name)) throw new UserInputError(`the report takes no parameter ${name} (it takes ${PARAMS.join(", ")})`, name);
    if (typeof value !== "string") throw new UserInputError(`${name} must be given once, as plain text`, name);
    out[name] = value;
  }
  return out;
}

/**
 * `GET /reports/generation-equality.html` (or `.pdf`, `.md`): the report for the request's caller, under the
 * exports' access rules: anonymous callers get suppressed figures, an ANALYST key may lower
 * `minCellSize`; the document says which it is.
 */
export function createReportRouter(options: ReportRouteOptions): express.Router {
  const router = express.Router();
  const formatError = createFormatError(options.logger, options.debugErrors, options.statementTimeoutMs);
  const fail = (res: Response, err: unknown) => {
    const formatted = formatError(err instanceof GraphQLError ? err.toJSON() : { message: err instanceof Error ? err.message : String(err) }, err);
    const { http: _status, ...extensions } = formatted.extensions ?? {};
    const status = STATUS[String(extensions.code)] ?? (String(extensions.code) === "QUERY_TOO_COMPLEX" ? 400 : 500);
    if (status === 401) res.setHeader("WWW-Authenticate", "Bearer");
    res.status(status).json({ errors: [{ message: formatted.message, extensions }] });
  };

  router.get("/", apiContentPolicy, (_req, res) => {
    res.json({ reports: [{ name: "generation-equality", formats: FORMATS, parameters: PARAMS }] });
  });

  router.get("/:file", documentPolicy, async (req, res) => {
    try {
      const m = FILE.exec(req.params.file);
      if (!m || m[1] !== "generation-equality") throw new NotFoundError(`No report ${JSON.stringify(req.params.file)}: the reports are generation-equality.html, generation-equality.pdf and generation-equality.md`);
      const format = m[2].toLowerCase();
      if (!(FORMATS as readonly string[]).includes(format)) throw new UserInputError(`the report's file name must end in ${FORMATS.slice(0, -1).map((f) => `.${f}`).join(", ")} or .${FORMATS[FORMATS.length - 1]}, got ${JSON.stringify(req.params.file)}`, "format");
      const p = params(req.query);
      const context = await options.contextFor(req);
      const built = await buildGenerationEqualityReport(context, { ...p, format }, undefined, options.printer);
      res.setHeader("Cache-Control", "no-store");
      if (format === "pdf") res.setHeader("Content-Disposition", `inline; filename="generation-equality-${built.period.from}-${built.period.to}.pdf"`);
      res.type(TYPES[format]).send(built.document);
    } catch (err) {
      fail(res, err);
    }
  });
  return router;
}
