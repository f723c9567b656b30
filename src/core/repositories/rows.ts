/** A selected row as the reads return it (its primary key as `pk`): the internal `__` columns dropped. */
export function rowOf<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const k in row) if (k.charCodeAt(0) !== 95 || k.charCodeAt(1) !== 95) out[k] = row[k]; // not "__" (paging, includes)
  return out as T;
}
