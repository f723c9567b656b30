import type { DataSource } from "typeorm";
import type { Caller } from "../core/policy";
import type { StatementMeter } from "../core/db/statement-meter";
import { createScope, type Scope } from "../core/scope";

/** A GraphQL request's context: the core's scope, and what the GraphQL layer keeps per request. */
export interface Context extends Scope {
  /** Read plans worked out for this request's fields (selection-plan.ts). */
  plans: WeakMap<object, unknown>;
}

export function createContext(db: DataSource, requestId: string, caller?: Caller, meter?: StatementMeter): Context {
  return { ...createScope(db, requestId, caller, meter), plans: new WeakMap() };
}
