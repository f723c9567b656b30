import { AsyncLocalStorage } from "node:async_hooks";

/** SQL cost of one operation, as reported in `extensions.sql`. */
export interface SqlCost {
  statements: number;
  ms: number;
  /** Told of each data statement as it ends (a trace's spans): when it started (ms since the epoch), how long it took, whether it failed. */
  onStatement?: (text: string, startedAt: number, ms: number, failed: boolean) => void;
}

const storage = new AsyncLocalStorage<SqlCost>();

/** Runs `fn` with a fresh counter; every statement issued from its async descendants is counted (db/client.ts). */
export function withSqlTrace<T>(fn: () => T, onStatement?: SqlCost["onStatement"]): { cost: SqlCost; result: T } {
  const cost: SqlCost = { statements: 0, ms: 0, ...(onStatement ? { onStatement } : {}) };
  const result = storage.run(cost, fn);
  return { cost, result };
}

/** Runs `fn` uncounted: the statements of the server's own bookkeeping (read routing, the cache). */
export function outsideSqlTrace<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function currentSqlCost(): SqlCost | undefined {
  return storage.getStore();
}

// Transaction control and session settings move no data: they are left out of the count.
const CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|SET\s|SHOW\s)/i;

export function isDataStatement(sql: string): boolean {
  return !CONTROL.test(sql);
}
