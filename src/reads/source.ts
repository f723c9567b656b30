/**
 * Where the rows of one type come from: its columns (aliased to the names the rows are read by,
 * the primary key as `pk`), its table, the column a reference to it is matched on, and how a
 * selected row becomes the object a caller reads.
 */
export interface NodeSource<T = unknown> {
  columns: string;
  from: string;
  /** The column that other rows point at (`r.id`, `k.iso3`). */
  key: string;
  map: (row: Record<string, unknown>) => T;
}
