import type { ReadPlan, RowShape } from "./plan";
import { PRELOADED, type Preloaded, type WithPreloaded } from "./preloaded";
import { relationOf, SOURCES, type Relation } from "./relations";

/** Prefix of the columns that carry an include's JSON; the row mappers drop `__` columns. */
const COLUMN_PREFIX = "__pre_";

/** Gives every nested subquery its own alias within one statement. */
export class Aliases {
  private n = 0;
  next(): number {
    return this.n++;
  }
}

function relation(type: string, name: string): Relation {
  const found = relationOf(type, name);
  if (!found) throw new Error(`no relation ${type}.${name} is declared (reads/relations.ts)`);
  return found;
}

/**
 * The extra select-list columns that bring a plan's includes with rows of `type`, as JSON built by
 * PostgreSQL: `, (<subquery>) AS "__pre_<key>"` for each. `parent` is the alias of the rows'
 * relation, whose columns have the rows' own names (`pk`, `"roleId"`). Empty for an empty plan.
 */
export function includeColumns(type: string, plan: ReadPlan, parent: string, aliases: Aliases): string {
  let sql = "";
  for (const [key, include] of Object.entries(plan.include)) {
    const rel = relation(type, include.relation);
    const source = SOURCES[rel.target]!;
    const n = aliases.next();
    const inner = `i${n}`;
    const outer = `x${n}`;
    const nested = includeColumns(rel.target, include.plan, inner, aliases);
    const ref = `${parent}."${rel.via}"`;
    const rows =
      rel.kind === "one"
        ? `SELECT ${source.columns} FROM ${source.from} WHERE ${source.key} = ${ref}`
        : `SELECT ${source.columns} FROM ${rel.from} WHERE ${rel.match} = ${ref}`;
    const body = `FROM (SELECT ${inner}.*${nested} FROM (${rows}) ${inner}) ${outer}`;
    const value =
      rel.kind === "one"
        ? `(SELECT row_to_json(${outer}) ${body})`
        : `(SELECT coalesce(json_agg(${outer} ORDER BY ${rel.orderBy}), '[]'::json) ${body})`;
    sql += `, ${value} AS "${COLUMN_PREFIX}${key}"`;
  }
  return sql;
}

function mapJson(type: string, plan: ReadPlan, json: Record<string, unknown> | null): unknown {
  if (json === null) return null;
  return attachIncludes(type, plan, json, SOURCES[type]!.map(json));
}

/**
 * Moves the includes of a selected `row` onto the object it was mapped to, under PRELOADED, each
 * mapped by its own type's mapper and given its own includes in turn.
 */
export function attachIncludes<T>(type: string, plan: ReadPlan, row: Record<string, unknown>, mapped: T): T {
  let preloaded: Preloaded | undefined;
  for (const [key, include] of Object.entries(plan.include)) {
    const rel = relation(type, include.relation);
    const raw = row[`${COLUMN_PREFIX}${key}`] as Record<string, unknown> | Record<string, unknown>[] | null | undefined;
    if (raw === undefined) throw new Error(`the statement did not select the include ${type}.${key}`);
    preloaded ??= {};
    (preloaded[include.relation] ??= {})[key] =
      rel.kind === "one"
        ? mapJson(rel.target, include.plan, raw as Record<string, unknown> | null)
        : (raw as Record<string, unknown>[]).map((r) => mapJson(rel.target, include.plan, r));
  }
  if (preloaded) (mapped as WithPreloaded)[PRELOADED] = preloaded;
  return mapped;
}

/** The shape of rows of `type` read with `plan`: its include columns and a mapper that attaches them. */
export function rowShape<T>(type: string, plan: ReadPlan, map: (row: any) => T): RowShape<T> {
  if (Object.keys(plan.include).length === 0) return { map };
  return {
    map: (row) => attachIncludes(type, plan, row, map(row)),
    columnsOf: (alias) => includeColumns(type, plan, alias, new Aliases()),
  };
}
