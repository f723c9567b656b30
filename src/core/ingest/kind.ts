import type { EntityManager } from "typeorm";
import type { ProblemList } from "./problems";
import type { ReferenceName, References } from "./references";
import type { RowContext } from "./row-context";

export type SqlType = "int" | "text" | "date" | "boolean";

/** A database column an import writes, and where its value comes from. */
export interface FieldSpec<R> {
  column: string;
  type: SqlType;
  /**
   * The optional file column that carries the value: when the file lacks it, the stored value is
   * left as it is (new rows get `absentInsert`, or the column's default). Omitted: always written.
   */
  file?: string;
  absentInsert?: string | number | boolean | ((file: ImportFile) => unknown);
  /**
   * Whether this row gives a value (an empty `source` cell does not): when not, the row is written
   * as if the file lacked the column. Omitted: every row of a file with the column gives one.
   */
  present?(row: R): boolean;
  /** Part of the natural key (the conflict target). */
  key?: boolean;
  value(row: R): unknown;
}

export interface ColumnSpec {
  name: string;
  required: boolean;
}

/** State of one import: the file's name and columns, and its warnings. */
export interface ImportFile {
  /** The file's base name: the `source` of the rows it writes. */
  name: string;
  columns: ReadonlySet<string>;
  warnings: ProblemList;
  /** UN files: codes the register does not know become new missions instead of errors. */
  createMissions?: boolean;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
}

/** One importable kind: its columns, how a record becomes a row, and how rows are written. */
export interface KindSpec<R, S = unknown> {
  kind: string;
  table: string;
  columns: ColumnSpec[];
  /** Columns accepted without a warning though not stored as such. */
  knownColumns?: string[];
  /** The natural key's file columns, for the duplicate message. */
  keyColumns: string[];
  references: ReferenceName[];
  /** Per-import state kept across the file's records (e.g. missions to create). */
  newState?(): S;
  /** Reads one record; reports problems through ctx and returns null when any was found. */
  parse(ctx: RowContext, refs: References, file: ImportFile, state: S): R | null;
  key(row: R): string;
  fields: FieldSpec<R>[];
  /** ON CONFLICT target, with the index predicate for a partial unique index. */
  conflict: string | ((row: R) => string);
  /**
   * Runs in the import's transaction before each batch is written (e.g. creates rows that the
   * batch refers to and sets their ids in its rows).
   */
  prepare?(em: EntityManager, refs: References, file: ImportFile, state: S, rows: R[]): Promise<void>;
  /** Replaces the generic upsert of a batch. */
  write?(em: EntityManager, rows: R[], file: ImportFile): Promise<WriteCounts>;
}
