import { BadUserInputError } from "../errors";
import type { ConnectionArgs } from "../schema/common/connection.args";
import type { Connection } from "../schema/common/connection.type";
import type { Order } from "../schema/common/order.input";
import { fetchConnection, fetchConnections, pageRequest } from "./paging";
import { SqlParams, whereClause, type Queryable } from "./sql";

/**
 * How one kind of row is listed: its SELECT (columns aliased to the GraphQL names), its filter
 * compiled to bound conditions, and a whitelist of sort keys. The ranked page query wraps the
 * SELECT as `c`, so sort expressions refer to `c."alias"`.
 */
export interface ListSpec<F, O extends string> {
  columns: string;
  from: string;
  conditions(filter: F, params: SqlParams): string[];
  orders: Record<O, string>;
  defaultOrder: O;
  /** Unique column that makes every order total. */
  tiebreak: string;
}

export function orderSql<O extends string>(spec: ListSpec<unknown, O>, orderBy: Order<O>[] | null | undefined): string {
  const keys = orderBy?.length ? orderBy : [{ field: spec.defaultOrder, direction: "ASC" }];
  const parts = keys.map((k) => {
    const expr = spec.orders[k.field];
    if (!expr) throw new BadUserInputError(`orderBy field ${String(k.field)} is not sortable here`, "orderBy");
    return `${expr} ${k.direction === "DESC" ? "DESC" : "ASC"} NULLS LAST`;
  });
  return [...parts, spec.tiebreak].join(", ");
}

export interface ListArgs<F, O extends string> extends ConnectionArgs {
  filter?: F | null;
  orderBy?: Order<O>[] | null;
}

function selectSql<F, O extends string>(spec: ListSpec<F, O>, filter: F | null | undefined, params: SqlParams, extra: string[] = []): string {
  const conditions = [...(filter ? spec.conditions(filter, params) : []), ...extra];
  return `SELECT ${spec.columns} FROM ${spec.from} ${whereClause(conditions)}`;
}

/** A top-level connection: one statement for the page and its total. */
export function listConnection<F, O extends string, T>(
  db: Queryable,
  spec: ListSpec<F, O>,
  args: ListArgs<F, O>,
  map: (row: any) => T,
): Promise<Connection<T>> {
  const page = pageRequest(args);
  const params = new SqlParams();
  const select = selectSql(spec, args.filter, params);
  return fetchConnection(db, { select, params, orderBy: orderSql(spec, args.orderBy) }, page, map);
}

/**
 * Nested connections of many parents (`parentColumn` = their key column): one statement in all.
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
  map: (row: any) => T,
): Promise<Connection<T>[]> {
  const page = pageRequest(args);
  const params = new SqlParams();
  const select = selectSql(spec, args.filter, params, [`${parentColumn} = ANY(${params.bind(parents)})`]);
  return fetchConnections(db, { select, params, orderBy: orderSql(spec, args.orderBy), partitionBy: `c."${parentAlias}"` }, page, parents, map);
}

/** Adds `col = ANY($n)` when the list is given. An empty list matches nothing, as it says. */
export function anyOf(conditions: string[], column: string, values: readonly unknown[] | null | undefined, params: SqlParams): void {
  if (values) conditions.push(`${column} = ANY(${params.bind(values)})`);
}

/** Checks an inclusive date range. */
export function checkRange(from: string | null | undefined, to: string | null | undefined, prefix = ""): void {
  if (from && to && from > to) {
    throw new BadUserInputError(`${prefix}from (${from}) must not be after ${prefix}to (${to})`, `${prefix}from`);
  }
}
