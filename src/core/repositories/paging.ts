import { UserInputError } from "../errors";
import type { Connection, PageArgs } from "../model/paging";
import type { RowShape } from "../model/read-plan";
import { SqlParams, type Queryable } from "./sql";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A validated page request: 0-based bounds, `before` and `last` still relative to the total. */
export interface PageRequest {
  lo: number;
  before: number | null;
  first: number | null;
  last: number | null;
}

const CURSOR_PREFIX = "offset:";

// Every page starts near the beginning: the cursors of the first positions are made once.
const CACHED_CURSORS = 4096;
const cursors: string[] = [];

const cursorOf = (index: number) => Buffer.from(`${CURSOR_PREFIX}${index}`, "utf8").toString("base64");

export function encodeCursor(index: number): string {
  return index >= 0 && index < CACHED_CURSORS && Number.isInteger(index) ? (cursors[index] ??= cursorOf(index)) : cursorOf(index);
}

function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, "base64").toString("utf8");
  const index = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(index) || index < 0 || encodeCursor(index) !== cursor) {
    throw new UserInputError(`${argument} is not a cursor returned by this API: ${JSON.stringify(cursor)}`, argument);
  }
  return index;
}

function pageSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0) throw new UserInputError(`${argument} must not be negative, got ${value}`, argument);
  if (value > MAX_PAGE_SIZE) {
    throw new UserInputError(`${argument} must be at most ${MAX_PAGE_SIZE}, got ${value}; page through with after/before`, argument);
  }
  return value;
}

/** Validates Relay arguments; a missing page size means the first 20. */
export function pageRequest(args: PageArgs): PageRequest {
  let first = pageSize(args.first, "first");
  const last = pageSize(args.last, "last");
  if (first === null && last === null) first = DEFAULT_PAGE_SIZE;
  const after = args.after ? decodeCursor(args.after, "after") : null;
  const before = args.before ? decodeCursor(args.before, "before") : null;
  return { lo: after === null ? 0 : after + 1, before, first, last };
}

/**
 * SQL bounds of the page as expressions over the window's `__total` column, following the Relay
 * algorithm: cut by after/before, then keep the first `first`, then the last `last`.
 */
function pageBounds(page: PageRequest, params: SqlParams): { lo: string; hi: string } {
  let hi = page.before === null ? "__total" : `LEAST(${params.bind(page.before)}::bigint, __total)`;
  const lo0 = params.bind(page.lo);
  if (page.first !== null) hi = `LEAST(${hi}, ${lo0}::bigint + ${params.bind(page.first)}::bigint)`;
  const lo = page.last === null ? `${lo0}::bigint` : `GREATEST(${lo0}::bigint, ${hi} - ${params.bind(page.last)}::bigint)`;
  return { lo, hi };
}

export interface PagedQuery {
  /** A SELECT (without ORDER BY) whose rows are the candidates; its parameters are in `params`. */
  select: string;
  params: SqlParams;
  /** ORDER BY expressions of the connection, ending with a unique tiebreaker. */
  orderBy: string;
  /** Column of `select` that names the parent, for per-parent pages in one statement. */
  partitionBy?: string;
  /**
   * Extra select-list columns computed for the page's rows only (the includes of a read plan,
   * reads/includes.ts) and the joins they read from, given the alias of the rows' relation.
   */
  includesOf?: (alias: string) => { columns: string; joins: string };
  /**
   * Where the rows' number is read from instead of counting them (a counter the database keeps,
   * ListSpec.counters): for a top-level page a SELECT of `n` without parameters, for per-parent
   * pages an expression of the parent `p.__parent`.
   */
  count?: string;
}

interface RankedRow {
  __idx: number;
  __total: number;
  __in_page: boolean;
  __parent?: unknown;
  [column: string]: unknown;
}

/**
 * One statement for the pages and totals of every parent at once: rows are numbered per parent,
 * each page is cut in SQL, and the first row of each parent is kept as well so that a page beyond
 * the end still learns the total.
 */
async function rankedRows(db: Queryable, query: PagedQuery & { partitionBy: string }, page: PageRequest): Promise<RankedRow[]> {
  const { params } = query;
  const partition = `PARTITION BY ${query.partitionBy}`;
  const { lo, hi } = pageBounds(page, params);
  const includes = query.includesOf?.("bounded");
  const sql = `
    WITH ranked AS (
      SELECT c.*, row_number() OVER (${partition} ORDER BY ${query.orderBy}) - 1 AS __idx,
             count(*) OVER (${partition}) AS __total
             , ${query.partitionBy} AS __parent
      FROM (${query.select}) c
    ), bounded AS (
      SELECT ranked.*, ${lo} AS __lo, ${hi} AS __hi FROM ranked
    )
    SELECT bounded.* , (__idx >= __lo AND __idx < __hi) AS __in_page${includes?.columns ?? ""}
    FROM bounded ${includes?.joins ?? ""}
    WHERE (__idx >= __lo AND __idx < __hi) OR __idx = 0
    ORDER BY __parent, __idx`;
  return db.query(sql, params.values);
}

/** The page's [lo, hi) bounds for a known total: the same Relay algorithm as `pageBounds` in SQL. */
function bounds(page: PageRequest, total: number): { lo: number; hi: number } {
  let hi = Math.min(page.before ?? total, total);
  if (page.first !== null) hi = Math.min(hi, page.lo + page.first);
  const lo = page.last === null ? page.lo : Math.max(page.lo, hi - page.last);
  return { lo, hi };
}

function toConnection<T>(rows: RankedRow[], total: number, page: PageRequest, map: (row: any) => T): Connection<T> {
  const edges = rows.filter((r) => r.__in_page).map((r) => ({ cursor: encodeCursor(Number(r.__idx)), node: map(r) }));
  const { lo, hi } = bounds(page, total);
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: Math.min(lo, total) > 0,
      hasNextPage: hi < total,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/**
 * A top-level page: `ORDER BY ... LIMIT n+1 OFFSET m` (the extra row tells whether a next page
 * exists), so a large table is not numbered whole for every page. `totalCount` is a second
 * statement, run only `withTotal` (when the caller selects it), or first, for `last` without `before`.
 */
export async function fetchConnection<T>(db: Queryable, query: PagedQuery, page: PageRequest, map: (row: any) => T, withTotal: boolean): Promise<Connection<T>> {
  let total: Promise<number> | null = null;
  const count = () =>
    (total ??= (query.count ? db.query(query.count, []) : db.query(`SELECT count(*)::int AS n FROM (${query.select}) c`, query.params.values)).then((r) => Number(r[0].n)));
  let lo: number;
  let hi: number;
  if (page.before === null && page.last !== null) {
    ({ lo, hi } = bounds(page, await count()));
  } else {
    hi = page.before ?? Number.MAX_SAFE_INTEGER;
    if (page.first !== null) hi = Math.min(hi, page.lo + page.first);
    lo = page.last === null ? page.lo : Math.max(page.lo, hi - page.last);
  }
  const limit = Math.max(0, hi - lo);
  const values = [...query.params.values, limit + 1, lo];
  const n = query.params.values.length;
  const paged = `SELECT c.* FROM (${query.select}) c ORDER BY ${query.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`;
  // Includes are computed for the page's rows only, never for the rows an offset skips.
  const includes = query.includesOf?.("c");
  const sql = includes ? `SELECT c.*${includes.columns} FROM (${paged}) c ${includes.joins} ORDER BY ${query.orderBy}` : paged;
  // The total, when it is read, is counted alongside the page (on PostgreSQL, on another connection).
  const [rows, totalCount] = await Promise.all([db.query(sql, values) as Promise<any[]>, withTotal ? count() : undefined]);
  const edges = rows.slice(0, limit).map((r, i) => ({ cursor: encodeCursor(lo + i), node: map(r) }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: lo > 0,
      hasNextPage: rows.length > limit,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    get totalCount(): number {
      if (totalCount === undefined) throw new Error("totalCount was read but not planned");
      return totalCount;
    },
  };
}

/** Pages of several parents in one statement; parents without rows get an empty connection. */
export async function fetchConnections<K, T>(
  db: Queryable,
  query: PagedQuery & { partitionBy: string },
  page: PageRequest,
  parents: readonly K[],
  map: (row: any) => T,
): Promise<Connection<T>[]> {
  const rows = await rankedRows(db, query, page);
  const byParent = new Map<string, RankedRow[]>();
  for (const row of rows) {
    const key = String(row.__parent);
    const list = byParent.get(key);
    if (list) list.push(row);
    else byParent.set(key, [row]);
  }
  return parents.map((parent) => {
    const list = byParent.get(String(parent)) ?? [];
    return toConnection(list, list.length ? Number(list[0].__total) : 0, page, map);
  });
}

/**
 * Pages of several parents in one statement, each cut by an index range of its own parent
 * (`LATERAL ... ORDER BY ... LIMIT`), so no row outside the pages is numbered; each parent's page
 * comes back as one JSON array built by PostgreSQL (`shape.jsonOf`). `query.select` must restrict
 * the rows to the parent `p.__parent`. Only for pages without `last` that are not empty by their
 * bounds (`fetchConnections` does the rest); the total is counted only when `withTotal`.
 */
export async function fetchPagesByParent<K, T>(
  db: Queryable,
  query: PagedQuery,
  page: PageRequest & { first: number },
  parents: readonly K[],
  keyType: "int" | "text",
  shape: RowShape<T>,
  withTotal: boolean,
): Promise<Connection<T>[]> {
  const { params } = query;
  const hi = Math.min(page.before ?? Number.MAX_SAFE_INTEGER, page.lo + page.first);
  const limit = hi - page.lo;
  const keys = params.bind(parents);
  const lim = params.bind(limit + 1);
  const off = params.bind(page.lo);
  // The pages' rows first (an index range per parent), then their to-one relations joined for all
  // of them at once, then one JSON array per parent.
  const { json, joins } = shape.jsonOf("c");
  const sql = `
    WITH pages AS MATERIALIZED (
      SELECT p.__parent, c.* FROM unnest(${keys}::${keyType}[]) AS p(__parent)
      CROSS JOIN LATERAL (SELECT c.* FROM (${query.select}) c ORDER BY ${query.orderBy} LIMIT ${lim} OFFSET ${off}) c
    )
    SELECT t.__parent, t.__total, x.__rows
    FROM (
      SELECT p.__parent, ${withTotal ? (query.count ?? `(SELECT count(*)::int FROM (${query.select}) c)`) : "NULL::int"} AS __total
      FROM unnest(${keys}::${keyType}[]) AS p(__parent)
    ) t
    LEFT JOIN (
      SELECT c.__parent, json_agg(${json} ORDER BY ${query.orderBy}) AS __rows
      FROM pages c ${joins}
      GROUP BY c.__parent
    ) x ON x.__parent = t.__parent`;
  const rows: { __parent: unknown; __total: number | null; __rows: unknown[][] }[] = await db.query(sql, params.values);
  const byParent = new Map<string, (typeof rows)[number]>();
  for (const row of rows) byParent.set(String(row.__parent), row);
  return parents.map((parent) => {
    const row = byParent.get(String(parent));
    const list = row?.__rows ?? [];
    const total = withTotal ? Number(row?.__total ?? 0) : undefined;
    const edges = list.slice(0, limit).map((json, i) => ({ cursor: encodeCursor(page.lo + i), node: shape.mapJson(json) }));
    // Without the total, a page that starts past the first row is never read (withTotal is then set).
    const hasPreviousPage = total === undefined ? page.lo > 0 : Math.min(page.lo, total) > 0;
    return {
      edges,
      pageInfo: {
        hasPreviousPage,
        hasNextPage: list.length > limit,
        startCursor: edges.length ? edges[0]!.cursor : null,
        endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
      },
      get totalCount(): number {
        if (total === undefined) throw new Error("totalCount was read but not planned");
        return total;
      },
    };
  });
}
