import { performance } from "node:perf_hooks";
import pg from "pg";
import { admitStatement, chargeStatement, CLIENT_METER, type MeteredClient } from "./statement-meter";

type QueryFn = (...args: unknown[]) => unknown;
const query = pg.Client.prototype.query as QueryFn;

/**
 * pg's client, as every connection of peaceops uses it (through TypeORM or directly): while a
 * request's transaction holds it, each promise-style statement is charged to that request's meter
 * (statement-meter.ts: the SQL trace, and the embedded database's time budget). Reads outside a
 * transaction are charged by the queryables they go through.
 */
export class PeaceopsClient extends pg.Client {}

/** The embedded database's client (the data source's connection to PGlite). */
export class EmbeddedClient extends PeaceopsClient {}

(PeaceopsClient.prototype as unknown as { query: QueryFn }).query = function peaceopsQuery(this: MeteredClient, ...args: unknown[]) {
  const meter = this[CLIENT_METER];
  if (!meter || typeof args[args.length - 1] === "function") return query.apply(this, args);
  const first = args[0] as string | { text?: string } | undefined;
  const text = typeof first === "string" ? first : (first?.text ?? "");
  try {
    admitStatement(meter, text);
  } catch (err) {
    return Promise.reject(err);
  }
  const started = performance.now();
  const result = query.apply(this, args) as Promise<unknown>;
  // A submittable (COPY) is returned as it is: it is not a statement of a request.
  if (typeof result?.then !== "function") return result;
  return result.then(
    (value) => {
      chargeStatement(meter, text, started, false);
      return value;
    },
    (err: unknown) => {
      chargeStatement(meter, text, started, true);
      throw err;
    },
  );
};
