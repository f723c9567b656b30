import type { Reference } from "../loaders/references";

/**
 * What every report dimension declares about its key, once (the SQL of each report's dimensions
 * sits next to it in the same registry entry): the key field of a result row, the field the API
 * and the exports show, what the value is, its label for charts and tables, and its export column.
 * The GraphQL key types, their resolvers and the export's key columns are all built from this.
 */

/** Plain key values, by how the API types them. */
export type ValueKind = "int" | "boolean" | "text" | "date" | "roleCategory" | "personnelType" | "missionKind" | "jurisdiction";


export interface KeySpec {
  /** The field of a result row's `key` the SQL fills (`missionId`), aliased so in the select. */
  keyField: string;
  /** The field of the API's key object (`mission`); a reference resolves to its object. */
  field: string;
  /** A plain value, or the reference data the key field holds the id (or ISO3 code) of. */
  value: ValueKind | { refers: Reference };
  /** The API field's description, when it needs one. */
  description?: string;
  /** For charts and table headers. */
  label: string;
  /** The export's column: the path under the row's key object (`mission.code`), and its name. */
  column: { path: string; name: string };
}

type Keyed = { readonly [dimension: string]: KeySpec };

/** The value a key field holds: ids are numbers, except a country's, which is its ISO3 code. */
type KeyValue<S extends KeySpec> = S["value"] extends "int" ? number
  : S["value"] extends "boolean" ? boolean
  : S["value"] extends { refers: "country" } ? string
  : S["value"] extends { refers: Reference } ? number
  : string;

/** A result row's key: every key field of the registry, null where the row is not grouped by it. */
export type KeyValues<R extends Keyed> = { [D in keyof R as R[D]["keyField"]]: KeyValue<R[D]> | null };

/** The key of a result row (SQL columns named by key field), null for every dimension not grouped by. */
export function keyOf<R extends Keyed>(registry: R, row: Record<string, unknown>): KeyValues<R> {
  const key: Record<string, unknown> = {};
  for (const spec of Object.values(registry)) key[spec.keyField] = row[spec.keyField] ?? null;
  return key as KeyValues<R>;
}
