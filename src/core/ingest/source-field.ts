import { FIELD_RULES } from "../input/field-rules";
import type { FieldSpec } from "./kind";
import type { RowContext } from "./row-context";

/**
 * Provenance: every register row says where its facts come from. A file's `source` column carries
 * it (entity exports write it, so an export edited and imported again keeps each row's citation);
 * a row that leaves it empty, or a file without the column, keeps the stored source, and a new row
 * without one gets the file's name.
 */
export function sourceField<R extends { source: string | null }>(): FieldSpec<R> {
  return { column: "source", type: "text", present: (r) => r.source !== null, absentInsert: (file) => file.name, value: (r) => r.source };
}

/** The row's `source` cell in its stored form; null when empty, absent or wrong (then reported). */
export function readSource(ctx: RowContext): string | null {
  // A wrong cell marks the row failed, so its null is never written.
  return ctx.checked("source", FIELD_RULES.source, false) ?? null;
}
