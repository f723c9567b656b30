import { cached } from "../cached";
import type { ReadPlan, RowShape } from "../model/read-plan";
import { PRELOADED, type Preloaded, type WithPreloaded } from "./preloaded";
import { relationOf, SOURCES, type Relation } from "./relations";
import { columnNames } from "../model/node-source";

/** Prefix of the keys that carry an include; GraphQL reserves `__` names, so no field has one. */
const INCLUDE_PREFIX = "__pre_";

/** Gives every nested subquery its own alias within one statement. */
class Aliases {
  private n = 0;
  next(): string {
    return `i${this.n++}`;
  }
}

function relation(type: string, name: string): Relation {
  const found = relationOf(type, name);
  if (!found) throw new Error(`no relation ${type}.${name} is declared (reads/relations.ts)`);
  return found;
}

const namesByType = new Map<string, string[]>();

function namesOf(type: string): string[] {
  return cached(namesByType, type, () => {
    const source = SOURCES[type];
    if (!source) throw new Error(`no source is declared for ${type} (reads/relations.ts)`);
    return columnNames(source.columns);
  });
}

// The key and every column that points at another row stay, whatever is selected: resolvers that
// load a relation the plan did not include read them.
const ALWAYS = /^pk$|Id$|Iso3$/;

/** The columns of `type` that a plan reads. */
function readColumns(type: string, plan: ReadPlan): string[] {
  const names = namesOf(type);
  if (plan.fields === null) return names;
  const wanted = new Set(plan.fields);
  return names.filter((n) => ALWAYS.test(n) || wanted.has(n));
}

/**
 * One include's value. A to-one relation is a correlated subquery, or, when `joins` is given, a
 * LEFT JOIN added to it (cheaper for many rows at once: one join instead of a subquery per row);
 * a to-many relation is always a subquery aggregating its rows.
 */
function includeValue(type: string, key: string, plan: ReadPlan, parent: string, aliases: Aliases, joins?: string[]): string {
  const include = plan.include[key]!;
  const rel = relation(type, include.relation);
  const source = SOURCES[rel.target]!;
  const inner = aliases.next();
  const ref = `${parent}."${rel.via}"`;
  if (rel.kind === "one" && joins) {
    // Every source names its key `pk`.
    joins.push(`LEFT JOIN (SELECT ${source.columns} FROM ${source.from}) ${inner} ON ${inner}.pk = ${ref}`);
    return `CASE WHEN ${inner}.pk IS NULL THEN NULL ELSE ${objectJson(rel.target, include.plan, inner, aliases, joins)} END`;
  }
  const object = objectJson(rel.target, include.plan, inner, aliases);
  if (rel.kind === "one") {
    return `(SELECT ${object} FROM (SELECT ${source.columns} FROM ${source.from} WHERE ${source.key} = ${ref}) ${inner})`;
  }
  return `(SELECT coalesce(json_agg(${object} ORDER BY ${rel.orderBy}), '[]'::json) FROM (SELECT ${source.columns} FROM ${rel.from} WHERE ${rel.match} = ${ref}) ${inner})`;
}

/**
 * A row of `type` (relation `alias`, columns by their names) as one JSON object built by
 * PostgreSQL: the columns the plan reads, and each include under `__pre_<key>` (to-one includes
 * joined when `joins` collects the joins).
 */
function objectJson(type: string, plan: ReadPlan, alias: string, aliases: Aliases, joins?: string[]): string {
  const parts = readColumns(type, plan).map((n) => `'${n}', ${alias}."${n}"`);
  for (const key of Object.keys(plan.include)) parts.push(`'${INCLUDE_PREFIX}${key}', ${includeValue(type, key, plan, alias, aliases, joins)}`);
  return `json_build_object(${parts.join(", ")})`;
}

/**
 * The extra select-list columns that bring a plan's includes with rows of `type`:
 * `, (<subquery>) AS "__pre_<key>"` for each. `parent` is the alias of the rows' relation.
 */
function includeColumns(type: string, plan: ReadPlan, parent: string, aliases: Aliases): string {
  let sql = "";
  for (const key of Object.keys(plan.include)) sql += `, ${includeValue(type, key, plan, parent, aliases)} AS "${INCLUDE_PREFIX}${key}"`;
  return sql;
}

type Attach = (from: Record<string, unknown>, to: WithPreloaded) => void;

const NOTHING: Attach = () => undefined;

// A plan's mapping is worked out once per plan object (one per field and request), not per row.
const attachers = new WeakMap<ReadPlan, Attach>();
const jsonMappers = new WeakMap<ReadPlan, (json: Record<string, unknown>) => unknown>();

/** Puts the includes found on `from` (a row or a JSON object) onto `to`, under PRELOADED. */
function attacher(type: string, plan: ReadPlan): Attach {
  return cached(attachers, plan, () => makeAttacher(type, plan));
}

function makeAttacher(type: string, plan: ReadPlan): Attach {
  const steps = Object.entries(plan.include).map(([key, include]) => {
    const rel = relation(type, include.relation);
    return { key, column: `${INCLUDE_PREFIX}${key}`, field: include.relation, many: rel.kind === "many", map: jsonMapper(rel.target, include.plan) };
  });
  return steps.length === 0
    ? NOTHING
    : (from, to) => {
        const preloaded: Preloaded = {};
        for (const step of steps) {
          const raw = from[step.column] as Record<string, unknown> | Record<string, unknown>[] | null | undefined;
          if (raw === undefined) throw new Error(`the statement did not select the include ${type}.${step.key}`);
          (preloaded[step.field] ??= {})[step.key] = step.many
            ? (raw as Record<string, unknown>[]).map(step.map)
            : raw === null
              ? null
              : step.map(raw as Record<string, unknown>);
        }
        to[PRELOADED] = preloaded;
      };
}

/** Makes a JSON object built by `objectJson` the object a caller reads, in place: its includes attached. */
function jsonMapper(type: string, plan: ReadPlan): (json: Record<string, unknown>) => unknown {
  return cached(jsonMappers, plan, () => {
    const attach = attacher(type, plan);
    return (json: Record<string, unknown>) => {
      attach(json, json as WithPreloaded);
      return json;
    };
  });
}

/** The shape of rows of `type` read with `plan`: include columns, JSON form, and mappers. */
export function rowShape<T>(type: string, plan: ReadPlan, map: (row: any) => T): RowShape<T> {
  const hasIncludes = Object.keys(plan.include).length > 0;
  const attach = attacher(type, plan);
  return {
    map: hasIncludes
      ? (row) => {
          const mapped = map(row);
          attach(row, mapped as WithPreloaded);
          return mapped;
        }
      : map,
    columnsOf: hasIncludes ? (alias) => includeColumns(type, plan, alias, new Aliases()) : undefined,
    jsonOf: (alias) => {
      const joins: string[] = [];
      const json = objectJson(type, plan, alias, new Aliases(), joins);
      return { json, joins: joins.join(" ") };
    },
    mapJson: jsonMapper(type, plan) as (json: Record<string, unknown>) => T,
  };
}
