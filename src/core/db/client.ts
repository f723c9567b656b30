import { performance } from "node:perf_hooks";
import pg from "pg";
import { isDataStatement, currentSqlCost } from "./sql-trace";
import { currentBudget, statementTimeoutError } from "./statement-budget";

// A rollback must always be let through: it is how a stopped request gives its transaction back.
const ALWAYS = /^\s*ROLLBACK\b/i;

type QueryFn = (...args: unknown[]) => unknown;
const query = pg.Client.prototype.query as QueryFn;

/**
 * pg's client, as every connection of peaceops uses it (through TypeORM or directly): each
 * promise-style statement of a request is counted for the SQL trace (`extensions.sql`, the request
 * log).
 */
export class PeaceopsClient extends pg.Client {
  /** Statements are charged to the request's time budget (the embedded database only). */
  protected budgeted = false;
}

/** The embedded database's client: also charges the request's time budget (statement-budget.ts). */
export class EmbeddedClient extends PeaceopsClient {
  protected override budgeted = true;
}

(PeaceopsClient.prototype as unknown as { query: QueryFn }).query = function peaceopsQuery(this: pg.Client & { budgeted: boolean }, ...args: unknown[]) {
  const budget = this.budgeted ? currentBudget() : undefined;
  const cost = currentSqlCost();
  if ((!budget && !cost) || typeof args[args.length - 1] === "function") return query.apply(this, args);
  const first = args[0] as string | { text?: string } | undefined;
  const text = typeof first === "string" ? first : (first?.text ?? "");
  if (budget && budget.usedMs >= budget.limitMs && !ALWAYS.test(text)) return Promise.reject(statementTimeoutError());
  const started = performance.now();
  const result = query.apply(this, args) as Promise<unknown>;
  // A submittable (COPY) is returned as it is: it is not a statement of a request.
  if (typeof result?.then !== "function") return result;
  const done = (failed: boolean) => {
    const ms = performance.now() - started;
    if (budget) budget.usedMs += ms;
    if (cost && isDataStatement(text)) {
      cost.statements += 1;
      cost.ms += ms;
      cost.onStatement?.(text, performance.timeOrigin + started, ms, failed);
    }
  };
  return result.then(
    (value) => {
      done(false);
      return value;
    },
    (err: unknown) => {
      done(true);
      throw err;
    },
  );
};
