import type { EntityManager } from "typeorm";
import type { FieldSpec, ImportFile, KindSpec, WriteCounts } from "./kind";

const ARRAY_TYPE = { int: "int[]", text: "text[]", date: "date[]", boolean: "boolean[]" } as const;

interface Plan<R> {
  insert: FieldSpec<R>[];
  /** Fields whose file column is absent, or that these rows leave empty: inserted as `absentInsert`. */
  absent: Set<FieldSpec<R>>;
  set: FieldSpec<R>[];
}

/** What a batch writes, for rows that leave `rowAbsent` empty. */
function plan<R>(spec: KindSpec<R, any>, file: ImportFile, rowAbsent: ReadonlySet<FieldSpec<R>> = new Set()): Plan<R> {
  const insert: FieldSpec<R>[] = [];
  const absent = new Set<FieldSpec<R>>();
  for (const f of spec.fields) {
    if ((!f.file || file.columns.has(f.file)) && !rowAbsent.has(f)) insert.push(f);
    else if (f.absentInsert !== undefined) {
      insert.push(f);
      absent.add(f);
    }
  }
  return { insert, absent, set: insert.filter((f) => !f.key && !absent.has(f)) };
}

const absentValue = <R>(f: FieldSpec<R>, file: ImportFile): unknown => (typeof f.absentInsert === "function" ? f.absentInsert(file) : f.absentInsert);

/** The values an upsert writes to a column, one per row; null when it leaves the column alone. */
export function columnValues<R>(spec: KindSpec<R, any>, file: ImportFile, rows: R[], column: string): unknown[] | null {
  const p = plan(spec, file);
  const f = p.insert.find((x) => x.column === column);
  if (!f) return null;
  return p.absent.has(f) ? [absentValue(f, file)] : rows.map((r) => f.value(r));
}

/** The rows of a batch grouped by which of their optional values they leave empty (one statement each). */
function byAbsentFields<R>(spec: KindSpec<R, any>, rows: R[]): { rowAbsent: Set<FieldSpec<R>>; rows: R[] }[] {
  const optional = spec.fields.filter((f) => f.present);
  if (!optional.length) return [{ rowAbsent: new Set(), rows }];
  const groups = new Map<string, { rowAbsent: Set<FieldSpec<R>>; rows: R[] }>();
  for (const r of rows) {
    const missing = optional.filter((f) => !f.present!(r));
    const key = missing.map((f) => f.column).join(",");
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { rowAbsent: new Set(missing), rows: [] }));
    g.rows.push(r);
  }
  return [...groups.values()];
}

/**
 * Upserts rows by their natural key, one statement per group of rows that give the same optional
 * values (usually one): the values travel as one array per column (unnest), a conflicting row is
 * updated only when a written column differs, and the statement counts inserted rows (xmax = 0 on a
 * fresh tuple) and updated ones. `returning` adds an expression of each written row to the result.
 */
export async function upsertRows<R>(
  em: EntityManager,
  spec: KindSpec<R, any>,
  file: ImportFile,
  rows: R[],
  conflict: string,
  returning?: string,
): Promise<WriteCounts & { returned: unknown[] }> {
  const total = { inserted: 0, updated: 0, returned: [] as unknown[] };
  if (!rows.length) return total;
  for (const group of byAbsentFields(spec, rows)) {
    const written = await upsertGroup(em, spec, file, group.rows, plan(spec, file, group.rowAbsent), conflict, returning);
    total.inserted += written.inserted;
    total.updated += written.updated;
    total.returned.push(...written.returned);
  }
  return total;
}

async function upsertGroup<R>(
  em: EntityManager,
  spec: KindSpec<R, any>,
  file: ImportFile,
  rows: R[],
  p: Plan<R>,
  conflict: string,
  returning?: string,
): Promise<WriteCounts & { returned: unknown[] }> {
  const params = p.insert.map((f) => (p.absent.has(f) ? rows.map(() => absentValue(f, file)) : rows.map((r) => f.value(r))));
  const cols = p.insert.map((f) => `"${f.column}"`).join(", ");
  const unnest = p.insert.map((f, i) => `$${i + 1}::${ARRAY_TYPE[f.type]}`).join(", ");
  const t = spec.table;
  const onConflict = p.set.length
    ? `DO UPDATE SET ${p.set.map((f) => `"${f.column}" = EXCLUDED."${f.column}"`).join(", ")}` +
      ` WHERE (${p.set.map((f) => `${t}."${f.column}"`).join(", ")}) IS DISTINCT FROM (${p.set.map((f) => `EXCLUDED."${f.column}"`).join(", ")})`
    : "DO NOTHING";
  const sql =
    `WITH up AS (INSERT INTO ${t} (${cols}) SELECT * FROM unnest(${unnest}) ` +
    `ON CONFLICT ${conflict} ${onConflict} RETURNING (xmax = 0) AS inserted${returning ? `, ${returning} AS r` : ""}) ` +
    (returning ? `SELECT inserted, r FROM up` : `SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`);
  const result = (await em.query(sql, params)) as any[];
  if (!returning) return { inserted: result[0].inserted, updated: result[0].updated, returned: [] };
  return {
    inserted: result.filter((x) => x.inserted).length,
    updated: result.filter((x) => !x.inserted).length,
    returned: result.map((x) => x.r),
  };
}

/** The generic batch writer: rows grouped by conflict target (partial unique indexes), then upserted. */
export async function writeBatch<R>(em: EntityManager, spec: KindSpec<R, any>, file: ImportFile, rows: R[]): Promise<WriteCounts> {
  if (spec.write) return spec.write(em, rows, file);
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const target = typeof spec.conflict === "string" ? spec.conflict : spec.conflict(r);
    let g = groups.get(target);
    if (!g) groups.set(target, (g = []));
    g.push(r);
  }
  const total = { inserted: 0, updated: 0 };
  for (const [target, group] of groups) {
    const c = await upsertRows(em, spec, file, group, target);
    total.inserted += c.inserted;
    total.updated += c.updated;
  }
  return total;
}
