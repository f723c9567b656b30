import { createHash } from "node:crypto";

/** A JSON text of `value` whose object keys are sorted, so equal variables make one key. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * The answer cache's key: the schema's tag, the data version, the caller's class, the operation's
 * text and name, and its variables (keys sorted). One function for the GraphQL plugin that keeps
 * answers and for the lookup before GraphQL, so that both find the same entries.
 */
export function answerKey(schemaTag: string, version: number, callerClass: string, source: string, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): string {
  return createHash("sha256").update(stableJson([schemaTag, version, callerClass, source, operationName ?? null, variables ?? {}])).digest("base64url");
}
