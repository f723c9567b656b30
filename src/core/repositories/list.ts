import { UserInputError } from "../errors";
import type { RowShape } from "../model/read-plan";
import type { Connection, Order, PageArgs } from "../model/paging";
import { fetchConnection, fetchConnections, fetchPagesByParent, pageRequest } from "./paging";
import { SqlParams, whereClause, type Queryable } from "./sql";

/**
 * How one kind of row is listed: its SELECT (columns aliased to the names the rows are read by,
 * the key as `pk`), its filter compiled to bound conditions, and a whitelist of sort keys. The
 * ranked page query wraps the SELECT as `c`, so sort expressions refer to `c."alias"`.
 */
export interface ListSpec<F, O extends string> {
  columns: string;
  from: string;
  conditions(filter: F, params: SqlParams): string[];
  orders: Record<O, string>;
  defaultOrder: O;
  /** Unique column that makes every order total. */
  tiebreak: string;
  /**
   * Counters the database keeps of these rows, read for a total instead of counting the rows when
   * no filter narrows them: `all`, a SELECT of the whole list's number as `n`; `byParent[column]`,
   * the number of rows of one parent (an SQL expression of the parent's key).
   */
  counters?: { all: string; byParent: Partial<Record<string, (parent: string) => string>> };
}

export function orderSql<O extends string>(spec: ListSpec<unknown, O>, orderBy: Order<O>[] | null | undefined): string {
  const keys = orderBy?.length ? orderBy : [{ field: spec.defaultOrder, direction: "ASC" }];
  const parts = keys.map((k) => {
    const expr = spec.orders[k.field];
    if (!expr) throw new UserInputError(`orderBy field ${String(k.field)} is not sortable here`, "orderBy");
    return `${expr} ${k.direction === "DESC" ? "DESC" : "ASC"} NULLS LAST`;
  });
  return [...parts, spec.tiebreak].join(", ");
}

export interface ListArgs<F, O extends string> extends PageArgs {
  filter?: F | null;
  orderBy?: Order<O>[] | null;
}

/** The rows' SELECT, and whether a filter narrows them (then no counter stands for their number). */
function selectSql<F, O extends string>(spec: ListSpec<F, O>, filter: F | null | undefined, params: SqlParams, extra: string[] = []): { select: string; narrowed: boolean } {
  const own = filter ? spec.conditions(filter, params) : [];
  return { select: `SELECT ${spec.columns} FROM ${spec.from} ${whereClause([...own, ...extra])}`, narrowed: own.length > 0 };
}

/** The one row a lookup `select` finds (or null), with the shape's includes in the same statement. */
export async function selectOne<T>(db: Queryable, select: string, values: unknown[], shape: Pick<RowShape<T>, "map" | "includesOf">): Promise<T | null> {
  const includes = shape.includesOf?.("c", true);
  const rows = await db.query(includes ? `SELECT c.*${includes.columns} FROM (${select}) c ${includes.joins}` : select, values);
  return rows.length ? shape.map(rows[0]) : null;
}

/** A top-level connection: one statement for the page, one more for its total when `withTotal`. */
export function listConnection<F, O extends string, T>(
  db: Queryable,
  spec: ListSpec<F, O>,
  args: ListArgs<F, O>,
  shape: Pick<RowShape<T>, "map" | "includesOf">,
  withTotal: boolean,
): Promise<Connection<T>> {
  const { map, includesOf } = shape;
  const page = pageRequest(args);
  const params = new SqlParams();
  const { select, narrowed } = selectSql(spec, args.filter, params);
  const count = narrowed ? undefined : spec.counters?.all;
  return fetchConnection(db, { select, params, orderBy: orderSql(spec, args.orderBy), includesOf, count }, page, map, withTotal);
}

/**
 * Nested connections of many parents (`parentColumn` = their key column): one statement in all.
 * A page by `first`/`after`/`before` is cut per parent by index; `last` numbers each parent's rows.
 * The total is counted only when `withTotal` (or when the page does not start at the first row).
 * Async, so that a bad argument rejects the loader's promises as BAD_USER_INPUT instead of making
 * DataLoader's batch function fail synchronously (which it reports as an internal error).
 */
export async function listConnectionsByParent<F, O extends string, K, T>(
  db: Queryable,
  spec: ListSpec<F, O>,
  parentColumn: string,
  parentAlias: string,
  parents: readonly K[],
  args: ListArgs<F, O>,
  shape: RowShape<T>,
  withTotal: boolean,
): Promise<Connection<T>[]> {
  const { map, includesOf } = shape;
  const page = pageRequest(args);
  const params = new SqlParams();
  const orderBy = orderSql(spec, args.orderBy);
  const first = page.first;
  if (page.last === null && first !== null && Math.min(page.before ?? Number.MAX_SAFE_INTEGER, page.lo + first) > page.lo) {
    const { select, narrowed } = selectSql(spec, args.filter, params, [`${parentColumn} = p.__parent`]);
    const keyType = typeof parents[0] === "number" ? "int" : "text";
    const count = narrowed ? undefined : spec.counters?.byParent[parentColumn]?.("p.__parent");
    return fetchPagesByParent(db, { select, params, orderBy, count }, { ...page, first }, parents, keyType, shape, withTotal || page.lo > 0);
  }
  const { select } = selectSql(spec, args.filter, params, [`${parentColumn} = ANY(${params.bind(parents)})`]);
  return fetchConnections(db, { select, params, orderBy, partitionBy: `c."${parentAlias}"`, includesOf }, page, parents, map);
}

/** Adds `col = ANY($n)` when the list is given. An empty list matches nothing, as it says. */
export function anyOf(conditions: string[], column: string, values: readonly unknown[] | null | undefined, params: SqlParams): void {
  if (values) conditions.push(`${column} = ANY(${params.bind(values)})`);
}

/** Checks an inclusive date range. */
export function checkRange(from: string | null | undefined, to: string | null | undefined, prefix = ""): void {
  if (from && to && from > to) {
    throw new UserInputError(`${prefix}from (${from}) must not be after ${prefix}to (${to})`, `${prefix}from`);
  }
}
