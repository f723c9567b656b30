import type { ClientBase } from "pg";

// Transaction control and session settings move no data: left out of the count, as peaceops counts.
const CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET\s|SHOW\s|select set_config\()/i;

/** The process's counters, read by alloc-probe.cjs. */
export const counters: { statements: number } = ((globalThis as Record<symbol, unknown>)[Symbol.for("bench.graphql.counters")] ??= { statements: 0 }) as { statements: number };

/** Counts the data statements `client` sends from now on. */
export function countStatements(client: ClientBase): void {
  const query = client.query;
  client.query = function (this: ClientBase, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === "string" ? first : (first as { text?: string } | null)?.text ?? "";
    if (!CONTROL.test(text)) counters.statements++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof client.query;
}
