import type { CsvValue } from "./csv";

/** One CSV column: its name and the path of the value in a GraphQL result row. */
export interface Column {
  name: string;
  path: readonly string[];
}

/** camelCase to snake_case: femalePersonDayShare -> female_person_day_share. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
}

/** A column at a dotted path, named by the snake_case of the path unless a name is given. */
export function column(path: string, name?: string): Column {
  const parts = path.split(".");
  return { name: name ?? parts.map(snakeCase).join("_"), path: parts };
}

/** The value at a column's path; a null object on the way gives null. */
export function valueAt(row: unknown, path: readonly string[]): CsvValue {
  let value: unknown = row;
  for (const part of path) {
    if (value === null || value === undefined) return null;
    value = (value as Record<string, unknown>)[part];
  }
  return value as CsvValue;
}

/** The fields of a set of columns as a tree, in the order the columns first name them. */
export type ColumnTree = Map<string, ColumnTree>;

export function columnTree(columns: readonly Column[]): ColumnTree {
  const root: ColumnTree = new Map();
  for (const c of columns) {
    let node = root;
    for (const part of c.path) {
      if (!node.has(part)) node.set(part, new Map());
      node = node.get(part)!;
    }
  }
  return root;
}

/** The number of fields of a tree, each nested object's own field included (a GraphQL selection's size). */
export function treeSize(tree: ColumnTree): number {
  let n = 0;
  for (const sub of tree.values()) n += 1 + treeSize(sub);
  return n;
}
