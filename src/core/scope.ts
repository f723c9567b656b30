import type { DataSource, EntityManager } from "typeorm";
import type { ReadRoute } from "./db/read-router";
import { readsOf } from "./db/reads";
import { metered, meteredTransaction, type StatementMeter } from "./db/statement-meter";
import { createLoaders, type Loaders } from "./loaders";
import { ANONYMOUS, type Caller } from "./policy";
import type { Queryable } from "./repositories/sql";

/**
 * Everything a read, a write or a report needs to know about the request it serves: who asks,
 * where reads go, how a write runs, and the loaders that batch this request's lookups. The GraphQL
 * context, an export and a command all make one; nothing in the core reaches further.
 */
export interface Scope {
  caller: Caller;
  /** Where reads go: the repositories' SELECTs, as prepared statements. */
  reads: Queryable;
  /**
   * Where the reports read: the same database through TypeORM, each statement planned for its own
   * arguments (a prepared statement's generic plan can be far off for a report's period and filters).
   */
  reportReads: Queryable;
  /**
   * The primary's statements outside a transaction, metered: what must be current (a write's
   * read-back, the keys) and exports' keyset pages.
   */
  primary: Queryable;
  /** The primary database: writes, imports, key checks that must be current. */
  db: DataSource;
  /** Runs `work` in one transaction on the primary; a write's read-back goes through its manager. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  /** Per-request batching of lookups by key; never shared between requests. */
  loaders: Loaders;
  requestId: string;
  /**
   * What the request's statements are charged to (its SQL trace, the embedded database's time
   * budget); every queryable above and `transaction` charge it. None: nothing is counted.
   */
  meter?: StatementMeter;
}

export function createScope(db: DataSource, requestId: string, caller: Caller = ANONYMOUS, meter?: StatementMeter): Scope {
  const reads = metered(readsOf(db), meter);
  return {
    db, reads, reportReads: metered(readsOf(db, { prepare: false }), meter), primary: reads, caller, loaders: createLoaders(reads), requestId, meter,
    transaction: (work) => meteredTransaction(db, meter, work),
  };
}

/**
 * Sends a scope's reads where `route` says (a replica that has every committed write, or the
 * primary), before any of them ran: its loaders are made anew on those reads. Writes and their
 * read-back stay on the primary (`db`, `transaction`).
 */
export function routeScope(scope: Scope, route: ReadRoute): void {
  scope.reads = metered(route.reads, scope.meter);
  scope.reportReads = metered(route.reportReads, scope.meter);
  scope.loaders = createLoaders(scope.reads);
}
