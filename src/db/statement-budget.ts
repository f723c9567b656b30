import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";
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

// A rollback must always be let through: it is how a stopped request gives its transaction back.
const ALWAYS = /^\s*ROLLBACK\b/i;

type QueryFn = (...args: unknown[]) => unknown;
const query = pg.Client.prototype.query as QueryFn;

/** pg's client, with every promise-style query counted against the current request's budget. */
export class BudgetedClient extends pg.Client {}

(BudgetedClient.prototype as unknown as { query: QueryFn }).query = function budgetedQuery(this: pg.Client, ...args: unknown[]) {
  const budget = storage.getStore();
  if (!budget || typeof args[args.length - 1] === "function") return query.apply(this, args);
  const first = args[0] as string | { text?: string } | undefined;
  const text = typeof first === "string" ? first : (first?.text ?? "");
  if (budget.usedMs >= budget.limitMs && !ALWAYS.test(text)) return Promise.reject(statementTimeoutError());
  const started = performance.now();
  const charge = () => {
    budget.usedMs += performance.now() - started;
  };
  return (query.apply(this, args) as Promise<unknown>).then(
    (result) => {
      charge();
      return result;
    },
    (err: unknown) => {
      charge();
      throw err;
    },
  );
};
