import type { Pool } from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import type { ReadRouter } from "../../core/db/read-router";

/** One request, as the request log sees it when the response has gone (request-log.ts). */
export interface ObservedRequest {
  /** The route's mount point: /graphql, /export or /reports. */
  route: string;
  status: number | null;
  seconds: number;
  operationName: string | null;
  /** query, mutation, or null when no operation ran (a refused or unparsable request). */
  operation: string | null;
  errors: number;
  sqlStatements: number;
  /** What the answer cache said (X-Peaceops-Cache), when it was asked. */
  cache: "hit" | "miss" | null;
}

export interface Metrics {
  registry: Registry;
  observe(request: ObservedRequest): void;
}

/** Distinct operation names kept as label values; later ones count as "other" (labels stay bounded). */
const MAX_OPERATION_NAMES = 100;
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STATEMENTS = [0, 1, 2, 3, 5, 10, 20, 50, 100];

const poolOf = (db: DataSource) => (db.isInitialized ? ((db.driver as PostgresDriver).master as Pool | undefined) : undefined);

/**
 * The server's metrics in a registry of its own (prom-client): requests by route, operation and
 * outcome, their latency, their SQL statements, the answer cache's hits and misses, each replica's
 * state and lag, the pools' connections, and Node's own (event-loop lag, memory, CPU). Operation
 * names are the callers' own words, so only the first hundred distinct ones become label values.
 */
export function createMetrics(options: { db: DataSource; router: ReadRouter }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: "peaceops_http_requests_total", help: "HTTP requests of the API's routes, by route and status.", labelNames: ["route", "status"], registers: [registry] });
  const duration = new Histogram({ name: "peaceops_http_request_duration_seconds", help: "Time from a request's arrival to its response's end, by route.", labelNames: ["route"], buckets: SECONDS, registers: [registry] });
  const operations = new Counter({
    name: "peaceops_graphql_operations_total",
    help: "GraphQL operations by name (anonymous when unnamed; other past the first hundred names), type and outcome (ok, or error when the answer has errors).",
    labelNames: ["operation_name", "operation_type", "outcome"],
    registers: [registry],
  });
  const operationDuration = new Histogram({ name: "peaceops_graphql_operation_duration_seconds", help: "GraphQL requests' time, by operation type.", labelNames: ["operation_type"], buckets: SECONDS, registers: [registry] });
  const statements = new Histogram({ name: "peaceops_sql_statements_per_request", help: "SQL statements one request ran, by route.", labelNames: ["route"], buckets: STATEMENTS, registers: [registry] });
  const cache = new Counter({ name: "peaceops_answer_cache_lookups_total", help: "Analytics answers looked up in the answer cache, by result (hit or miss).", labelNames: ["result"], registers: [registry] });
  for (const result of ["hit", "miss"]) cache.inc({ result }, 0);
  new Gauge({
    name: "peaceops_replica_in_use",
    help: "1 while a replica of DATABASE_REPLICA_URLS takes reads, 0 while it is skipped (down, or lagging).",
    labelNames: ["replica"],
    aggregator: "min",
    registers: [registry],
    collect() {
      for (const r of options.router.replicas) this.set({ replica: r.name }, r.usable ? 1 : 0);
    },
  });
  new Gauge({
    name: "peaceops_replica_lag_seconds",
    help: "A replica's replay lag at its last check (absent while it does not answer).",
    labelNames: ["replica"],
    aggregator: "max",
    registers: [registry],
    collect() {
      this.reset();
      for (const r of options.router.replicas) if (r.lagMs !== null) this.set({ replica: r.name }, r.lagMs / 1000);
    },
  });
  new Gauge({
    name: "peaceops_db_pool_connections",
    help: "Database pool connections by database (primary, or a replica) and state: open, idle, or waiting (requests waiting for one).",
    labelNames: ["database", "state"],
    registers: [registry],
    collect() {
      const pools: [string, Pool | undefined][] = [["primary", poolOf(options.db)], ...options.router.replicas.map((r): [string, Pool | undefined] => [r.name, poolOf(r.db)])];
      for (const [database, pool] of pools) {
        if (!pool) continue;
        this.set({ database, state: "open" }, pool.totalCount);
        this.set({ database, state: "idle" }, pool.idleCount);
        this.set({ database, state: "waiting" }, pool.waitingCount);
      }
    },
  });

  const names = new Set<string>();
  const nameLabel = (name: string | null) => {
    if (!name) return "anonymous";
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return "other";
    names.add(name);
    return name;
  };
  return {
    registry,
    observe(r) {
      const status = r.status === null ? "aborted" : String(r.status);
      requests.inc({ route: r.route, status });
      duration.observe({ route: r.route }, r.seconds);
      statements.observe({ route: r.route }, r.sqlStatements);
      if (r.cache) cache.inc({ result: r.cache });
      if (r.route === "/graphql" && r.operation) {
        operations.inc({ operation_name: nameLabel(r.operationName), operation_type: r.operation, outcome: r.errors ? "error" : "ok" });
        operationDuration.observe({ operation_type: r.operation }, r.seconds);
      }
    },
  };
}
