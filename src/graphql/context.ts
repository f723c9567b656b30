import type { DataSource } from "typeorm";
import type { Role } from "../core/auth/roles";
import { readsOf } from "../core/db/reads";
import { createLoaders, type Loaders } from "../core/loaders";
import type { Queryable } from "../core/repositories/sql";

export type { Role } from "../core/auth/roles";

/**
 * Who is calling: nobody (no Authorization header), a valid API key, or a token that was sent but
 * is unusable (`problem` says why); the last fails only where a role is required.
 */
export type Caller =
  | { kind: "anonymous"; name: null; roles: ReadonlySet<Role> }
  | {
      kind: "key";
      name: string;
      roles: ReadonlySet<Role>;
      /** The API key's id (names are not unique); none for the local command line. */
      keyId?: number;
      /** The local command line, not an API key. */
      cli?: true;
    }
  | { kind: "invalid"; name: null; roles: ReadonlySet<Role>; problem: string };

export const ANONYMOUS: Caller = { kind: "anonymous", name: null, roles: new Set() };

export interface Context {
  db: DataSource;
  /** The database's reads, for the repositories' SELECTs (db/reads.ts); writes go through `db`. */
  reads: Queryable;
  caller: Caller;
  loaders: Loaders;
  requestId: string;
  /** Read plans worked out for this request's fields (schema/selection-plan.ts). */
  plans: WeakMap<object, unknown>;
}

export function createContext(db: DataSource, requestId: string, caller: Caller = ANONYMOUS): Context {
  const reads = readsOf(db);
  return { db, reads, caller, loaders: createLoaders(reads), requestId, plans: new WeakMap() };
}
