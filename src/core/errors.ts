import { GraphQLError } from "graphql";

/** The error codes peaceops itself raises (`extensions.code`). Apollo's protocol codes pass through. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

abstract class PeaceopsError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** An argument, a CSV cell or a variable was wrong; `field` names it when one is to blame. */
export class UserInputError extends PeaceopsError {
  constructor(message: string, field?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, field ? { field } : {});
  }
}

export class NotFoundError extends PeaceopsError {
  constructor(message: string) {
    super(message, ErrorCode.NOT_FOUND);
  }
}

export class UnauthenticatedError extends PeaceopsError {
  constructor(message = "A valid API key is required (Authorization: Bearer <token>).") {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends PeaceopsError {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN);
  }
}

/** A depth, cost, alias, token, directive, body, batch or time limit; the message names it. */
export class LimitError extends PeaceopsError {
  /** `status`: the HTTP status when the error ends the request before execution. */
  constructor(message: string, status?: number) {
    super(message, ErrorCode.QUERY_TOO_COMPLEX, status ? { http: { status } } : {});
  }
}

/** Codes whose messages are written for callers and may be shown as they are. */
export const SAFE_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.QUERY_TOO_COMPLEX,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
]);
