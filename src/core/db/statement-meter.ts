import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { DataSource, EntityManager } from "typeorm";
import type { Queryable } from "../repositories/sql";
import { isDataStatement, type SqlCost } from "./sql-trace";
import { statementTimeoutError, type Budget } from "./statement-budget";

/**
 * What one request's statements are charged to: its SQL trace (`extensions.sql`, the request log, a
 * trace's spans) and, on the embedded database, its time budget. A meter goes with the request's
 * scope, on the queryables it reads through and on the connection its transaction holds, never
 * through async context: nothing is looked up per promise, and a statement is charged to the request
 * that issued it whatever else runs at the same time.
 */
export interface StatementMeter {
  cost?: SqlCost;
  budget?: Budget;
}

// A rollback must always be let through: it is how a stopped request gives its transaction back.
const ALWAYS = /^\s*ROLLBACK\b/i;

/** Refuses a statement once the meter's budget is spent, with PostgreSQL's statement-timeout error. */
export function admitStatement(meter: StatementMeter, text: string): void {
  const budget = meter.budget;
  if (budget && budget.usedMs >= budget.limitMs && !ALWAYS.test(text)) throw statementTimeoutError();
}

/** Charges a statement that started at `started` (performance.now()) and has just ended. */
export function chargeStatement(meter: StatementMeter, text: string, started: number, failed: boolean): void {
  const ms = performance.now() - started;
  if (meter.budget) meter.budget.usedMs += ms;
  const cost = meter.cost;
  if (cost && isDataStatement(text)) {
    cost.statements += 1;
    cost.ms += ms;
    cost.onStatement?.(text, performance.timeOrigin + started, ms, failed);
  }
}

const active = (meter: StatementMeter | undefined): meter is StatementMeter => meter !== undefined && (meter.cost !== undefined || meter.budget !== undefined);

/** Reads that take a meter (db/reads.ts, and what wraps them). */
export interface MeterableReads extends Queryable {
  query(text: string, values?: unknown[], meter?: StatementMeter): Promise<any[]>;
}

/** `reads` with each statement charged to `meter` (the same reads without one). */
export function metered(reads: MeterableReads, meter: StatementMeter | undefined): Queryable {
  if (!active(meter)) return reads;
  return { query: (text, values) => reads.query(text, values, meter) };
}

/** Where a client holds the meter of the transaction it runs (db/client.ts reads it). */
export const CLIENT_METER: unique symbol = Symbol("peaceops.clientMeter");

export type MeteredClient = pg.Client & { [CLIENT_METER]?: StatementMeter };

/**
 * Runs `work` in one transaction on `db` with its statements charged to `meter`: the connection
 * the transaction holds carries the meter until `work` ends (it serves no one else meanwhile).
 */
export function meteredTransaction<T>(db: DataSource, meter: StatementMeter | undefined, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (!active(meter)) return db.transaction(work);
  return db.transaction(async (em) => {
    const client = (em.queryRunner as unknown as { databaseConnection?: MeteredClient } | undefined)?.databaseConnection;
    if (!client) throw new Error("the transaction has no connection");
    client[CLIENT_METER] = meter;
    try {
      return await work(em);
    } finally {
      client[CLIENT_METER] = undefined;
    }
  });
}
