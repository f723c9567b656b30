import type { EntityManager } from "typeorm";
import type { NodeTypeName } from "../model/node-types";

/** Turns one input value into its column value (a code into an id, ...); `field` names it in errors. */
export type Resolve = (em: EntityManager, value: unknown, field: string) => Promise<unknown>;

export interface FieldSpec {
  column: string;
  resolve?: Resolve;
}

/**
 * How one entity is written through mutations: which input field goes to which column, which
 * constraint a database error is about (to name the field), and who may still reference a row.
 */
export interface WriteSpec {
  typeName: Exclude<NodeTypeName, "Country">;
  /** The name in the audit log. */
  entity: string;
  table: string;
  fields: Record<string, FieldSpec>;
  /** Input fields written by `afterWrite` instead of a column. */
  extraFields?: string[];
  afterWrite?(em: EntityManager, id: number, input: Record<string, unknown>): Promise<void>;
  /** Extra state for audit snapshots (mission host countries). */
  snapshotExtra?(em: EntityManager, id: number): Promise<Record<string, unknown>>;
  /** Constraint name -> input field it is about. */
  constraintFields: Record<string, string>;
  referencedBy: { table: string; column: string; label: string }[];
}
