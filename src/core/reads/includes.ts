import { cached } from "../cached";
import type { ReadPlan, RowShape } from "../model/read-plan";
import { PRELOADED, type Preloaded, type WithPreloaded } from "./preloaded";
import { relationOf, SOURCES, type Relation } from "./relations";
import { columnNames } from "../model/node-source";

/** Prefix of the keys that carry an include; GraphQL reserves `__` names, so no field has one. */
const INCLUDE_PREFIX = "__pre_";

/**
 * Gives every nested subquery its own alias within one statement. `oneRow`: the statement reads
 * one top-level row (a lookup by key), so a to-many include is a subquery for that row alone
 * rather than its whole table grouped and joined.
 */
class Aliases {
  private n = 0;
  constructor(readonly oneRow = false) {}
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

// A column that points at another row (`officerId`, `countryIso3`) is read by its relation's
// resolver, which loads the row it points at: it is needed only when that relation is selected and
// the plan does not bring it (a relation the caller may not read), or when the field itself is
// selected. The key always stays: nested pages and their loaders read it.
const POINTER = /Id$|Iso3$/;

/** The columns of `type` that a plan reads, in the source's order. */
function readColumns(type: string, plan: ReadPlan): string[] {
  const names = namesOf(type);
  if (plan.fields === null) return names;
  const wanted = new Set(plan.fields);
  const included = new Set(Object.values(plan.include).map((i) => i.relation));
  const pointers = new Set<string>();
  for (const field of plan.fields) {
    const rel = relationOf(type, field);
    if (rel?.kind === "one" && !included.has(field)) pointers.add(rel.via);
  }
  return names.filter((n) => n === "pk" || wanted.has(n) || (POINTER.test(n) && pointers.has(n)));
}

/**
 * One include's value. A to-one relation is a correlated subquery, or, when `joins` is given, a
 * LEFT JOIN added to it (cheaper for many rows at once: one join instead of a subquery per row);
 * a to-many relation is a subquery aggregating its rows, or, with `joins` and several rows, its
 * rows of every parent grouped and joined.
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
    return `CASE WHEN ${inner}.pk IS NULL THEN NULL ELSE ${rowJson(rel.target, include.plan, inner, aliases, joins)} END`;
  }
  if (rel.kind === "many" && joins && !aliases.oneRow) {
    // The relation's rows of every parent at once, grouped by parent and joined: one pass over
    // its (small, reference) table instead of a subquery per parent, which PostgreSQL plans as a
    // scan of the whole target table per parent row.
    const grouped = aliases.next();
    const object = rowJson(rel.target, include.plan, inner, aliases);
    joins.push(
      `LEFT JOIN (SELECT ${inner}.__k, json_agg(${object} ORDER BY ${rel.orderBy}) AS v FROM (SELECT ${rel.match} AS __k, ${source.columns} FROM ${rel.from}) ${inner} GROUP BY ${inner}.__k) ${grouped} ON ${grouped}.__k = ${ref}`,
    );
    return `coalesce(${grouped}.v, '[]'::json)`;
  }
  const object = rowJson(rel.target, include.plan, inner, aliases);
  if (rel.kind === "one") {
    return `(SELECT ${object} FROM (SELECT ${source.columns} FROM ${source.from} WHERE ${source.key} = ${ref}) ${inner})`;
  }
  return `(SELECT coalesce(json_agg(${object} ORDER BY ${rel.orderBy}), '[]'::json) FROM (SELECT ${source.columns} FROM ${rel.from} WHERE ${rel.match} = ${ref}) ${inner})`;
}

/**
 * A row of `type` (relation `alias`, columns by their names) as one JSON array built by
 * PostgreSQL: the columns the plan reads, in `readColumns` order, then each include in the plan's
 * order (to-one includes joined when `joins` collects the joins). An array, not an object: no
 * column name is written per row, which halves what PostgreSQL builds and what is parsed here;
 * `jsonMapper` gives the values their names back.
 */
function rowJson(type: string, plan: ReadPlan, alias: string, aliases: Aliases, joins?: string[]): string {
  const parts = readColumns(type, plan).map((n) => `${alias}."${n}"`);
  for (const key of Object.keys(plan.include)) parts.push(includeValue(type, key, plan, alias, aliases, joins));
  return `json_build_array(${parts.join(", ")})`;
}

/**
 * What brings a plan's includes with rows of `type`: extra select-list columns,
 * `, <value> AS "__pre_<key>"` for each, and the joins they read from. `parent` is the alias of
 * the rows' relation.
 */
function includeColumns(type: string, plan: ReadPlan, parent: string, aliases: Aliases): { columns: string; joins: string } {
  const joins: string[] = [];
  let columns = "";
  for (const key of Object.keys(plan.include)) columns += `, ${includeValue(type, key, plan, parent, aliases, joins)} AS "${INCLUDE_PREFIX}${key}"`;
  return { columns, joins: joins.join(" ") };
}

type Attach = (from: Record<string, unknown>, to: WithPreloaded) => void;

const NOTHING: Attach = () => undefined;

// A plan's mapping is worked out once per plan object (one per field and request), not per row.
const attachers = new WeakMap<ReadPlan, Attach>();
const jsonMappers = new WeakMap<ReadPlan, (json: unknown[]) => unknown>();

interface IncludeStep {
  key: string;
  field: string;
  many: boolean;
  map: (json: unknown[]) => unknown;
}

function includeSteps(type: string, plan: ReadPlan): IncludeStep[] {
  return Object.entries(plan.include).map(([key, include]) => {
    const rel = relation(type, include.relation);
    return { key, field: include.relation, many: rel.kind === "many", map: jsonMapper(rel.target, include.plan) };
  });
}

/** An include's value as read: a row (null for none) or, to-many, a list of rows. */
function includeOf(step: IncludeStep, raw: unknown): unknown {
  if (step.many) return (raw as unknown[][]).map(step.map);
  return raw === null ? null : step.map(raw as unknown[]);
}

/** The includes of one row, by field and key, each read as `rawOf` finds it. */
function preloadedOf(steps: IncludeStep[], rawOf: (step: IncludeStep, index: number) => unknown): Preloaded {
  const preloaded: Preloaded = {};
  for (let j = 0; j < steps.length; j++) {
    const step = steps[j]!;
    (preloaded[step.field] ??= {})[step.key] = includeOf(step, rawOf(step, j));
  }
  return preloaded;
}

/** Puts the includes found on `from` (a row's `__pre_<key>` columns) onto `to`, under PRELOADED. */
function attacher(type: string, plan: ReadPlan): Attach {
  return cached(attachers, plan, () => {
    const steps = includeSteps(type, plan);
    return steps.length === 0
      ? NOTHING
      : (from, to) => {
          to[PRELOADED] = preloadedOf(steps, (step) => {
            const raw = from[`${INCLUDE_PREFIX}${step.key}`];
            if (raw === undefined) throw new Error(`the statement did not select the include ${type}.${step.key}`);
            return raw;
          });
        };
  });
}

/** Makes a JSON array built by `rowJson` the object a caller reads: its columns named, its includes attached. */
function jsonMapper(type: string, plan: ReadPlan): (json: unknown[]) => unknown {
  return cached(jsonMappers, plan, () => {
    const names = readColumns(type, plan);
    const steps = includeSteps(type, plan);
    const width = names.length + steps.length;
    return (json: unknown[]) => {
      if (json.length !== width) throw new Error(`a ${type} row came back with ${json.length} values, not ${width}`);
      const row: Record<string, unknown> & WithPreloaded = {};
      for (let i = 0; i < names.length; i++) row[names[i]!] = json[i];
      if (steps.length > 0) row[PRELOADED] = preloadedOf(steps, (_, j) => json[names.length + j]);
      return row;
    };
  });
}

/** The shape of rows of `type` read with `plan`: include columns, JSON form, and mappers. */
export function rowShape<T>(type: string, plan: ReadPlan, map: (row: any) => T): RowShape<T> {
  const hasIncludes = Object.keys(plan.include).length > 0;
  const attach = attacher(type, plan);
  let mapper: ((json: unknown[]) => unknown) | undefined;
  return {
    map: hasIncludes
      ? (row) => {
          const mapped = map(row);
          attach(row, mapped as WithPreloaded);
          return mapped;
        }
      : map,
    includesOf: hasIncludes ? (alias, oneRow) => includeColumns(type, plan, alias, new Aliases(oneRow)) : undefined,
    jsonOf: (alias) => {
      const joins: string[] = [];
      const json = rowJson(type, plan, alias, new Aliases(), joins);
      return { json, joins: joins.join(" ") };
    },
    // Worked out when first used: only types with a source (relations.ts) are read as JSON.
    mapJson: (json) => (mapper ??= jsonMapper(type, plan))(json) as T,
  };
}
