import { createHash } from "node:crypto";
import pg from "pg";

/**
 * A report's statement, planned once for its own values and kept on the connection for the next
 * request with the same values.
 *
 * A report's plan depends on its values (a period of one month or of thirty years, one mission or
 * all), so a prepared statement's generic plan, made without them, can be far off. Written with its
 * values as literals, the statement has no parameters: PostgreSQL plans it for exactly those values,
 * and a connection keeps that plan while it holds the statement. The same report asked again (a
 * dashboard, a report author's figure) is neither parsed nor planned a second time; a report with
 * other values is another statement.
 *
 * Each connection holds at most `PER_CONNECTION` such statements (a report's plan is a few hundred
 * kilobytes of the server's memory); past that, the one used least recently is deallocated.
 */
export const PER_CONNECTION = 32;

/**
 * `text` with each `$n` replaced by its value as an SQL literal of unknown type, which PostgreSQL
 * types from its context exactly as it types an untyped parameter (pg sends every parameter
 * untyped, in the same text form). Undefined when a value has no plain
 * text form (a buffer, an object) or a placeholder has no value: the statement then runs with its
 * parameters, unnamed.
 */
export function withLiterals(text: string, values: readonly unknown[]): string | undefined {
  if (text.includes("$$")) return undefined;
  const literals: string[] = [];
  for (const v of values) {
    const literal = literalOf(v);
    if (literal === undefined) return undefined;
    literals.push(literal);
  }
  let missing = false;
  const out = text.replace(/\$(\d+)/g, (_, n: string) => {
    const literal = literals[Number(n) - 1];
    if (literal === undefined) missing = true;
    return literal ?? "";
  });
  return missing ? undefined : out;
}

function literalOf(v: unknown): string | undefined {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return pg.escapeLiteral(String(v));
  if (Array.isArray(v) && v.every((e) => e === null || typeof e === "string" || typeof e === "number" || typeof e === "boolean")) {
    return pg.escapeLiteral(arrayText(v));
  }
  return undefined;
}

/** An array's text form as pg sends it: `{"a","b",NULL}`. */
function arrayText(items: readonly (string | number | boolean | null)[]): string {
  return `{${items.map((e) => (e === null ? "NULL" : `"${String(e).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)).join(",")}}`;
}

/** The name a statement text is prepared under: the same text, the same name, in every process. */
export function exactName(text: string): string {
  return `peaceops_x_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
}

type Connection = { parsedStatements: Record<string, string> };

// Per connection, its exact statements' names, the one used least recently first.
const held = new WeakMap<pg.Client, Map<string, true>>();

const connectionOf = (client: pg.Client) => (client as unknown as { connection: Connection }).connection;

/**
 * Makes room on `client` for the statement `name` (before it runs): when the connection already
 * holds `PER_CONNECTION` others, the least recently used is deallocated.
 */
export async function makeRoom(client: pg.Client, name: string): Promise<void> {
  let names = held.get(client);
  if (!names) held.set(client, (names = new Map()));
  if (names.has(name)) return;
  while (names.size >= PER_CONNECTION) {
    const oldest = names.keys().next().value as string;
    names.delete(oldest);
    try {
      await client.query(`DEALLOCATE ${oldest}`);
    } catch (err) {
      // Already gone (invalid_sql_statement_name) is what was wanted.
      if (!(err instanceof pg.DatabaseError && err.code === "26000")) throw err;
    }
    delete connectionOf(client).parsedStatements[oldest];
  }
}

/** Records that `client` ran `name` (most recently used now), if the connection holds it. */
export function noteUse(client: pg.Client, name: string): void {
  const names = held.get(client);
  if (!names) return;
  names.delete(name);
  // A statement whose parse failed is not held; one that failed later (a timeout) is.
  if (connectionOf(client).parsedStatements[name] !== undefined) names.set(name, true);
}

