import type { Context } from "../graphql/context";
import type { RequestRecord } from "./request-log";

// What the server keeps about a request on its GraphQL context, for plugins that get only the
// context: its log line's record. A property, not a map keyed by the context: Apollo hands each
// operation a shallow copy of the context (own properties, symbols included).
const RECORD: unique symbol = Symbol("peaceops.requestRecord");

type WithRecord = Context & { [RECORD]?: RequestRecord };

export function attachRecord(context: Context, record: RequestRecord | undefined): void {
  if (record) (context as WithRecord)[RECORD] = record;
}

/** The log record of the request a context serves, if it has one. */
export function recordOfContext(context: Context): RequestRecord | undefined {
  return (context as WithRecord)[RECORD];
}
