import {
  getNamedType, isLeafType, isListType, isNonNullType, isObjectType, isInterfaceType, Kind,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType,
  type GraphQLOutputType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from "graphql";
import { snakeCase } from "../../export/columns";
import type { CsvValue } from "../../export/csv";

/*
 * How `peaceops query` turns a result into CSV:
 * 1. The rows are the first list the query selects (depth first, in the order written). A list of
 *    Relay edges gives one row per node. A query without any list gives one row.
 * 2. Every scalar the query selects under a row is a column, named by its path of response keys
 *    (aliases included) in snake_case joined with `_`: `mission { code }` -> mission_code,
 *    `leadOrganization { code }` -> lead_organization_code. The `edges` and `node` of a nested
 *    connection are left out of names: `deployments { edges { node { startDate } } }` -> deployments_start_date.
 * 3. A scalar under a nested list holds the list's values joined with `;` (as the import writes a
 *    mission's host countries): `hostCountries { iso3 }` -> host_countries_iso3 = HTI;DOM.
 * Columns come from the query, not the data, so an empty result still has its header.
 */

interface Scope {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
}

interface Collected {
  node: FieldNode;
  type: GraphQLOutputType | null;
}

const key = (f: FieldNode) => f.alias?.value ?? f.name.value;

/** The fields of a selection set with fragments expanded, each with its type (null for __typename). */
function collect(scope: Scope, set: SelectionSetNode, parent: GraphQLCompositeType): Collected[] {
  const out: Collected[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      out.push({ node: s, type: fields[s.name.value]?.type ?? null });
    } else {
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : scope.fragments.get(s.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition ? (scope.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
      out.push(...collect(scope, fragment.selectionSet, condition ?? parent));
    }
  }
  return out;
}

const unwrap = (t: GraphQLOutputType) => (isNonNullType(t) ? t.ofType : t);

interface RowSource {
  /** Response keys from the data to the list (empty: the data itself is the one row). */
  path: string[];
  set: SelectionSetNode;
  type: GraphQLCompositeType;
  edges: boolean;
}

function firstList(scope: Scope, set: SelectionSetNode, type: GraphQLCompositeType, path: string[]): RowSource | null {
  for (const { node, type: fieldType } of collect(scope, set, type)) {
    if (!fieldType || !node.selectionSet) continue;
    const named = getNamedType(fieldType) as GraphQLCompositeType;
    if (isListType(unwrap(fieldType))) {
      const edge = isObjectType(named) && named.name.endsWith("Edge") ? named.getFields().node : undefined;
      const nodeField = edge && collect(scope, node.selectionSet, named).find((c) => c.node.name.value === "node" && c.node.selectionSet);
      if (edge && nodeField) {
        return { path: [...path, key(node), key(nodeField.node)], set: nodeField.node.selectionSet!, type: getNamedType(edge.type) as GraphQLCompositeType, edges: true };
      }
      return { path: [...path, key(node)], set: node.selectionSet, type: named, edges: false };
    }
    const found = firstList(scope, node.selectionSet, named, [...path, key(node)]);
    if (found) return found;
  }
  return null;
}

/** Scalar paths under a row, in query order. */
function leafPaths(scope: Scope, set: SelectionSetNode, type: GraphQLCompositeType, prefix: string[]): string[][] {
  const out: string[][] = [];
  for (const { node, type: fieldType } of collect(scope, set, type)) {
    const path = [...prefix, key(node)];
    if (!fieldType || isLeafType(getNamedType(fieldType)) || !node.selectionSet) out.push(path);
    else out.push(...leafPaths(scope, node.selectionSet, getNamedType(fieldType) as GraphQLCompositeType, path));
  }
  return out;
}

function cell(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return JSON.stringify(value);
  return value as CsvValue;
}

/** The value at a path; under a list, the non-null values joined with `;`. */
function leafValue(row: unknown, path: readonly string[]): CsvValue {
  let values: unknown[] = [row];
  let list = false;
  for (const part of path) {
    const next: unknown[] = [];
    for (const v of values) {
      if (v === null || v === undefined) continue;
      const child = (v as Record<string, unknown>)[part];
      if (Array.isArray(child)) {
        list = true;
        next.push(...child.flat(Infinity));
      } else next.push(child);
    }
    values = next;
  }
  if (!list) return cell(values[0]);
  return values.filter((v) => v !== null && v !== undefined).map((v) => String(cell(v))).join(";");
}

function columnName(path: readonly string[]): string {
  return path.filter((p) => p !== "edges" && p !== "node").map(snakeCase).join("_");
}

export interface FlatTable {
  columns: string[];
  records: Record<string, CsvValue>[];
  /** The rows before flattening (the JSON of the same list). */
  rows: unknown[];
}

/** Flattens the result of `operation` by the rules above. */
export function flattenResult(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, data: Record<string, unknown>): FlatTable {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const scope: Scope = { schema, fragments };
  const root = schema.getQueryType()!;
  const source = firstList(scope, operation.selectionSet, root, []) ?? { path: [], set: operation.selectionSet, type: root, edges: false };

  const listPath = source.edges ? source.path.slice(0, -1) : source.path;
  let value: unknown = data;
  for (const part of listPath) value = value === null || value === undefined ? null : (value as Record<string, unknown>)[part];
  const items = source.path.length === 0 ? [data] : Array.isArray(value) ? value : [];
  const rows = source.edges ? items.map((e) => (e as Record<string, unknown> | null)?.node ?? null) : items;

  const paths = leafPaths(scope, source.set, source.type, []);
  const seen = new Map<string, number>();
  const columns = paths.map((p) => {
    const base = columnName(p);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
  const records = rows.map((row) => Object.fromEntries(paths.map((p, i) => [columns[i], leafValue(row, p)])));
  return { columns, records, rows };
}
