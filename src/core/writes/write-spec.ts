import type { EntityManager } from "typeorm";
import type { ColumnRow } from "../domain/constraint-rules";
import type { NodeTypeName } from "../model/node-types";
import type { InputProblems } from "./problems";

/**
 * Turns one input value into its column value (a code into an id, ...); `field` names it in errors.
 * `row` is the row as it will be written so far (the stored row, then the fields before this one),
 * for a value named within another (a team within the row's mission).
 */
export type Resolve = (em: EntityManager, value: unknown, field: string, row: ColumnRow) => Promise<unknown>;

export interface FieldSpec {
  /** The column it is stored in; none for a field `afterWrite` stores (a mission's host countries). */
  column?: string;
  resolve?: Resolve;
  /** Fields resolved before this one that `resolve` reads in `row`: when one of them is wrong, this one is not looked up. */
  dependsOn?: readonly string[];
  /**
   * "required": a create must give it; "defaulted": a create may leave it out for the column's
   * default. Either way every row has one, so null is refused. Without: null clears it.
   */
  presence?: "required" | "defaulted";
}

/** A unique key of the table: the input fields it is made of, and the one a refusal blames. */
export interface UniqueKey {
  blame: string;
  fields: readonly string[];
}

/**
 * How one entity is written through mutations: which input field goes to which column, what a
 * create must give, what else is checked before writing, and who may still reference a row. The
 * table's CHECK constraints are in words in src/core/domain/constraint-rules.ts.
 */
export interface WriteSpec {
  typeName: Exclude<NodeTypeName, "Country">;
  /** The name in the audit log. */
  entity: string;
  table: string;
  /** Every input field, in the order the input declares them: problems are reported in this order. */
  fields: Record<string, FieldSpec>;
  /**
   * What the row about to be written must also satisfy that needs the database (host countries
   * that exist, a team of the row's mission); each problem is added to `problems`.
   */
  check?(em: EntityManager, row: ColumnRow, input: Record<string, unknown>, problems: InputProblems): Promise<void>;
  /** Writes what is not a column of the table (a mission's host countries), once the row is. */
  afterWrite?(em: EntityManager, id: number, input: Record<string, unknown>): Promise<void>;
  /** Extra state for audit snapshots (mission host countries). */
  snapshotExtra?(em: EntityManager, id: number): Promise<Record<string, unknown>>;
  /** Unique constraints by name, to say which value is taken. */
  uniqueKeys: Record<string, UniqueKey>;
  referencedBy: { table: string; column: string; label: string }[];
}
