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

/**
 * The names a column list gives its columns, in order: `x.y AS "z"` gives z, `x.y AS z` gives z,
 * `x.y` gives y. Column lists here are plain column references, one per comma.
 */
export function columnNames(columns: string): string[] {
  return columns.split(",").map((part) => {
    const text = part.trim();
    const as = /\s+AS\s+"?([A-Za-z_][A-Za-z0-9_]*)"?$/i.exec(text);
    if (as) return as[1]!;
    const plain = /^[A-Za-z_][A-Za-z0-9_]*\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(text);
    if (!plain) throw new Error(`cannot name the column ${JSON.stringify(text)}: alias it with AS`);
    return plain[1]!;
  });
}
