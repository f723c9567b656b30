import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

/**
 * How long one request's statements may run on the embedded database, which has no statement
 * timeout of its own: PGlite runs a statement to its end. The budget is checked before each
 * statement, so a request that has used it up is stopped between statements with PostgreSQL's own
 * error (57014, "canceling statement due to statement timeout"); a single long statement is bounded
 * by the query cost rules instead. On PostgreSQL, `statement_timeout` does this job per statement.
 */
interface Budget {
  limitMs: number;
  usedMs: number;
}

const storage = new AsyncLocalStorage<Budget>();

/** Runs `fn` (a request) with a budget of `limitMs` of statement time; 0 = no limit. */
export function withStatementBudget<T>(limitMs: number, fn: () => T): T {
  return limitMs > 0 ? storage.run({ limitMs, usedMs: 0 }, fn) : fn();
}

/** The error PostgreSQL raises when statement_timeout cancels a statement. */
export function statementTimeoutError(): pg.DatabaseError {
  const error = new pg.DatabaseError("canceling statement due to statement timeout", 0, "error");
  error.code = "57014";
  error.severity = "ERROR";
  return error;
}

/** The budget of the request being handled, if it has one. */
export function currentBudget(): Budget | undefined {
  return storage.getStore();
}

export type { Budget };
