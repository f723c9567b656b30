/**
 * What one request may ask of the server. Each limit is answered with QUERY_TOO_COMPLEX and a
 * message naming it, except the variable depth, which is the caller's input and answered with
 * BAD_USER_INPUT; every one is configurable (README, "Security and limits").
 */
export interface Limits {
  /** Field nesting, counted as graphql-armor counts it: `edges` and `node` are levels too. */
  maxDepth: number;
  /** Estimated cost (see cost.plugin.ts): a list field costs its page size times its selection. */
  maxCost: number;
  maxAliases: number;
  /** Lexical tokens of the query document, checked while parsing. */
  maxTokens: number;
  maxDirectives: number;
  /** Bytes of a JSON request body. */
  maxBodyBytes: number;
  /** Operations in one batched (array) request body; 1 = batching off. */
  maxBatch: number;
  /** Levels of lists and objects in one variable's value (no input type of the schema nests more than 3). */
  maxVariableDepth: number;
  /** GraphQL operations and exports worked on at once; the others wait their turn (admission.ts). */
  maxInFlight: number;
  /** PostgreSQL only: milliseconds after which a statement is cancelled; 0 = none. */
  statementTimeoutMs: number;
  /** Report (analytics) fields in one operation, aliases and fragments included. */
  maxReports: number;
  /** Years a report's from..to may span for a caller without an API key; 0 = no limit. */
  anonymousMaxYears: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 50,
  maxBodyBytes: 100 * 1024,
  maxBatch: 1,
  maxVariableDepth: 32,
  maxInFlight: 8,
  statementTimeoutMs: 15_000,
  // The seven reports fit in one request, with room for a few variants (README, "Reports").
  maxReports: 10,
  // The whole register, from its first deployment (1989) to today, with a decade to spare.
  anonymousMaxYears: 50,
};

/** The environment variable that sets each limit. */
export const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxDepth: "PEACEOPS_MAX_DEPTH",
  maxCost: "PEACEOPS_MAX_COST",
  maxAliases: "PEACEOPS_MAX_ALIASES",
  maxTokens: "PEACEOPS_MAX_TOKENS",
  maxDirectives: "PEACEOPS_MAX_DIRECTIVES",
  maxBodyBytes: "PEACEOPS_MAX_BODY_BYTES",
  maxBatch: "PEACEOPS_MAX_BATCH",
  maxVariableDepth: "PEACEOPS_MAX_VARIABLE_DEPTH",
  maxInFlight: "PEACEOPS_MAX_IN_FLIGHT",
  statementTimeoutMs: "PEACEOPS_STATEMENT_TIMEOUT_MS",
  maxReports: "PEACEOPS_MAX_REPORTS",
  anonymousMaxYears: "PEACEOPS_ANONYMOUS_MAX_YEARS",
};

/** The limits whose value 0 turns them off; every other limit is at least 1. */
export const LIMITS_OFF_AT_ZERO: ReadonlySet<keyof Limits> = new Set(["statementTimeoutMs", "anonymousMaxYears"]);
