/** SQL cost of one operation, as reported in `extensions.sql`. */
export interface SqlCost {
  statements: number;
  ms: number;
  /** Told of each data statement as it ends (a trace's spans): when it started (ms since the epoch), how long it took, whether it failed. */
  onStatement?: (text: string, startedAt: number, ms: number, failed: boolean) => void;
}

/** A fresh count for one request (statement-meter.ts charges its statements to it). */
export function newSqlCost(onStatement?: SqlCost["onStatement"]): SqlCost {
  return { statements: 0, ms: 0, ...(onStatement ? { onStatement } : {}) };
}

// Transaction control and session settings move no data: they are left out of the count.
const CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|SET\s|SHOW\s)/i;

export function isDataStatement(sql: string): boolean {
  return !CONTROL.test(sql);
}
