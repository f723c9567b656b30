import { UserInputError } from "../errors";

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
  // PostgreSQL text cannot hold NUL: say so instead of failing in the database.
  if (text.includes("\u0000")) throw new UserInputError("search must not contain the NUL character", "filter.search");
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any[]>;
}
