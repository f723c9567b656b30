import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode, SAFE_CODES } from "../core/errors";
import type { Logger } from "../core/logger";
import { domainErrorOf, publicExtensions } from "../graphql/errors";
import { asLimitError } from "./limit-errors";

/**
 * Only errors written for callers keep their message. Anything else (a bug, a database error with
 * its SQL) is logged with an id and reaches the caller as that id alone. No stack trace is ever
 * sent, whatever NODE_ENV says; `debug` (PEACEOPS_DEBUG_ERRORS) shows an internal error's message.
 */
export function createFormatError(logger: Logger, debug: boolean, statementTimeoutMs = 0) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = asLimitError(formatted, error, statementTimeoutMs);
    if (limit) return limit;
    if (isProtocolError(error)) return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
    const domain = domainErrorOf(error);
    if (domain) return { ...formatted, message: domain.message, extensions: publicExtensions(domain) };
    const code = formatted.extensions?.code as string | undefined;
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    if (code && SAFE_CODES.has(code)) return { ...formatted, extensions };
    const errorId = randomUUID();
    const original = unwrapResolverError(error);
    logger.error({ errorId, err: original, path: formatted.path }, "internal error");
    return {
      message: debug && original instanceof Error ? original.message : `Internal server error (error id ${errorId})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}

/**
 * Apollo raises a few protocol errors without a code (an APQ hash that does not match its query, an
 * unknown APQ version); they carry a 4xx status and a message written for the caller.
 */
function isProtocolError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}
