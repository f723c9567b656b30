/** Collects bound parameters while a statement is assembled: every value goes through `bind`. */
export class SqlParams {
  readonly values: unknown[] = [];

  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Joins WHERE conditions; an empty list means no restriction. */
export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
}

/** Escapes LIKE metacharacters so a search text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}
