/**
 * The errors peaceops raises for callers: plain `Error`s with a code, written to be shown as they
 * are. The GraphQL and HTTP edges turn the code into `extensions.code` and a status
 * (src/graphql/errors.ts); anything that is not one of these is a bug and is masked there.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** A part the request needs is not installed or not running here (a PDF's browser); the message says what to set. */
  UNAVAILABLE = "UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export abstract class PeaceopsError extends Error {
  abstract readonly code: ErrorCode;
  /** The argument, column or variable to blame, when one is. */
  readonly field?: string;
  /** The HTTP status to answer with when the error ends a request before anything runs. */
  readonly status?: number;

  constructor(message: string, details: { field?: string; status?: number } = {}) {
    super(message);
    this.name = new.target.name;
    if (details.field) this.field = details.field;
    if (details.status) this.status = details.status;
  }
}

/** One thing wrong with one field of an input; `message` reads on its own and names the field. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * An argument, a CSV cell or a variable was wrong; `field` names it when one is to blame. An input
 * checked as a whole (a mutation's) carries every problem found in `problems`, `field` being the
 * first one's, so that a client can show them all at once.
 */
export class UserInputError extends PeaceopsError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  readonly problems?: readonly FieldProblem[];

  constructor(message: string, field?: string, problems?: readonly FieldProblem[]) {
    super(message, { field });
    if (problems) this.problems = problems;
  }

  /** One error for all of an input's problems: one keeps its own message, several are listed in order. */
  static forProblems(problems: readonly FieldProblem[]): UserInputError {
    const [first] = problems;
    if (!first) throw new Error("UserInputError.forProblems needs at least one problem");
    const message = problems.length === 1 ? first.message : `${problems.length} problems: ${problems.map((p) => p.message).join("; ")}`;
    return new UserInputError(message, first.field, problems);
  }
}

export class NotFoundError extends PeaceopsError {
  readonly code = ErrorCode.NOT_FOUND;
}

export class UnauthenticatedError extends PeaceopsError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message = "A valid API key is required (Authorization: Bearer <token>).") {
    super(message);
  }
}

export class ForbiddenError extends PeaceopsError {
  readonly code = ErrorCode.FORBIDDEN;
}

/** A depth, cost, alias, token, directive, body, batch, period or time limit; the message names it. */
export class LimitError extends PeaceopsError {
  readonly code = ErrorCode.QUERY_TOO_COMPLEX;
  /** `status`: the HTTP status when the error ends the request before execution. */
  constructor(message: string, status?: number) {
    super(message, { status });
  }
}

/** A part the request needs is missing on this machine: HTTP 503, and a message naming the setting. */
export class UnavailableError extends PeaceopsError {
  readonly code = ErrorCode.UNAVAILABLE;
}

/** Codes whose messages are written for callers and may be shown as they are. */
export const SAFE_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.UNAVAILABLE,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
]);
