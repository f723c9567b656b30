import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode, LimitError } from "../core/errors";

// graphql-js's wording for its `maxTokens` parse option (sic: "more that" in graphql 16).
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;
// PostgreSQL's query_canceled; "user request" (an operator's pg_cancel_backend) stays internal.
const CANCELED = "57014";

function tooComplexInChain(error: unknown): Error | null {
  for (let e = error; e instanceof Error; e = (e as GraphQLError).originalError) {
    if (e instanceof LimitError) return e;
    if (!(e instanceof GraphQLError)) break;
    if (e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX) return e;
  }
  return null;
}

function isStatementTimeout(error: unknown): boolean {
  const original = unwrapResolverError(error) as { code?: unknown; message?: unknown; driverError?: { code?: unknown } } | null;
  const code = original?.driverError?.code ?? original?.code;
  return code === CANCELED && typeof original?.message === "string" && original.message.includes("statement timeout");
}

/**
 * A limit hit anywhere on the way, rewritten as QUERY_TOO_COMPLEX with a message naming it, or null.
 * Needed because Apollo files a validation rule's error under GRAPHQL_VALIDATION_FAILED and the
 * parser's token limit under GRAPHQL_PARSE_FAILED, and PostgreSQL reports a timeout as a failure.
 */
export function asLimitError(formatted: GraphQLFormattedError, error: unknown, statementTimeoutMs: number): GraphQLFormattedError | null {
  const base = { locations: formatted.locations, path: formatted.path };
  const limit = tooComplexInChain(error);
  if (limit) return { ...base, message: limit.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  // graphql-js's own budget for comparing same-named fields (OverlappingFieldsCanBeMerged).
  if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && formatted.message === "Validation aborted.") {
    return { message: "The query repeats fields too often to be validated (field-merge budget): remove repeated fields", extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  const tokens = formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    return { message: `The query has more than ${tokens[1]} tokens, the token limit: send a shorter document`, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  if (isStatementTimeout(error)) {
    return {
      ...base,
      message: `The database cancelled this query after the statement timeout of ${statementTimeoutMs} ms: narrow the period, the filters or the page`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    };
  }
  return null;
}
