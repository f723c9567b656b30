import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode, SAFE_CODES } from "../errors";
import type { Logger } from "../logger";
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
