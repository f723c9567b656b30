import pg from "pg";

/**
 * How long one request's statements may run on the embedded database, which has no statement
 * timeout of its own: PGlite runs a statement to its end. The budget is checked before each
 * statement (statement-meter.ts), so a request that has used it up is stopped between statements
 * with PostgreSQL's own error (57014, "canceling statement due to statement timeout"); a single long
 * statement is bounded by the query cost rules instead. On PostgreSQL, `statement_timeout` does this
 * job per statement.
 */
export interface Budget {
  limitMs: number;
  usedMs: number;
}

/** A request's budget of `limitMs` of statement time; none for 0 (no limit). */
export function newBudget(limitMs: number): Budget | undefined {
  return limitMs > 0 ? { limitMs, usedMs: 0 } : undefined;
}

/** The error PostgreSQL raises when statement_timeout cancels a statement. */
export function statementTimeoutError(): pg.DatabaseError {
  const error = new pg.DatabaseError("canceling statement due to statement timeout", 0, "error");
  error.code = "57014";
  error.severity = "ERROR";
  return error;
}
