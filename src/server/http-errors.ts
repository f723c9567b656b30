import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "../core/logger";
import { HttpRequestError } from "./body-limits";
import type { Limits } from "./limits";
import { recordOf } from "./request-log";

interface BodyParserError {
  status?: number;
  type?: string;
}

/**
 * Errors before GraphQL (malformed JSON, a body over the limit, a batch) answer in GraphQL's shape,
 * without Express's HTML page and its stack trace; the body is never logged.
 */
export function httpErrorHandler(logger: Logger, limits: Pick<Limits, "maxBodyBytes">): ErrorRequestHandler {
  return (err: BodyParserError & Error, _req, res, _next) => {
    let status: number;
    let code: string;
    let message: string;
    if (err instanceof HttpRequestError) {
      ({ status, code, message } = err);
    } else if (err.type === "entity.too.large") {
      status = 413;
      code = "QUERY_TOO_COMPLEX";
      message = `The request body is larger than the body size limit of ${limits.maxBodyBytes} bytes`;
    } else if (err.status && err.status >= 400 && err.status < 500) {
      status = err.status;
      code = "BAD_REQUEST";
      message =
        err.type === "entity.parse.failed" ? "The request body is not valid JSON"
        : err.type === "charset.unsupported" ? "The request body's charset is not supported: send UTF-8"
        : err.type === "encoding.unsupported" ? "The request body's content encoding is not supported"
        : "Bad request";
    } else {
      status = 500;
      code = "INTERNAL_SERVER_ERROR";
      message = "Internal server error";
      logger.error({ err, requestId: recordOf(res)?.requestId }, "request failed before GraphQL");
    }
    recordOf(res)?.errorCodes.push(code);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/** Unknown paths get JSON too, not Express's HTML page. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
};
