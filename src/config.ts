import { isIP } from "node:net";
import os from "node:os";
import path from "node:path";
import { SEED_PROFILES, type SeedProfile } from "./core/db/seed/profiles";
import { DEFAULT_LIMITS, LIMIT_VARIABLES, LIMITS_OFF_AT_ZERO, type Limits } from "./server/limits";

export interface Config {
  port: number;
  /** The address to listen on: loopback unless told otherwise (`HOST=0.0.0.0` in a container). */
  host: string;
  /** PostgreSQL URL; null = the embedded database in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  seed: SeedProfile;
  traceSql: boolean;
  /** Reads planned from the selection (schema/selection-plan.ts); off = resolvers and loaders alone. */
  readPlans: boolean;
  logLevel: string;
  /** Show internal error messages to callers (never in production). */
  debugErrors: boolean;
  limits: Limits;
  /** Origins allowed to call from a browser (CORS); empty = no CORS headers; ["*"] = any. */
  corsOrigins: string[];
  /** On SIGTERM, how long in-flight requests may take to finish before their connections are cut. */
  shutdownGraceMs: number;
  scale: ScaleConfig;
}

/** Running beyond one process and one database ("Running at scale" in the README). */
export interface ScaleConfig {
  /** DATABASE_REPLICA_URLS: streaming replicas of DATABASE_URL that reads may go to. */
  replicaUrls: string[];
  /** A replica replaying further behind than this is skipped for the primary. */
  replicaMaxLagMs: number;
  /** REDIS_URL: persisted queries and cached answers shared by every process; null = in memory. */
  redisUrl: string | null;
  /** PEACEOPS_ANSWER_CACHE: the analytics answer cache (on unless off). */
  answerCache: boolean;
  /** PEACEOPS_ANSWER_CACHE_MB: its size in this process's memory (with Redis: of the local copy of the answers asked most). */
  answerCacheMb: number;
  /** PEACEOPS_WORKERS: server processes on the port (1 on the embedded database). */
  workers: number;
  /** PEACEOPS_METRICS: /metrics in Prometheus's text format (off unless on). */
  metrics: boolean;
  /** PEACEOPS_METRICS_TOKEN: the bearer token /metrics asks for; null = loopback callers only. */
  metricsToken: string | null;
  /** OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT or …_TRACES_ENDPOINT); null = none. */
  tracing: { tracesUrl: string; serviceName: string } | null;
}

/** A misconfigured environment: the message names the variable and what it accepts. */
export class ConfigError extends Error {}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return false;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1/true/yes/on or 0/false/no/off, got ${JSON.stringify(raw)}`);
}

export function parsePort(raw: string, name = "PORT"): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a TCP port number between 0 and 65535, got ${JSON.stringify(raw)}`);
  }
  return port;
}

/** An IP address or a host name to listen on. */
export function parseHost(raw: string, name = "HOST"): string {
  const host = raw.trim();
  if (isIP(host) === 0 && !/^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host)) {
    throw new ConfigError(
      `${name} must be an IP address or a host name to listen on, such as 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every interface, e.g. in a container), got ${JSON.stringify(raw)}`,
    );
  }
  return host;
}

export function parseSeedProfile(raw: string, name = "PEACEOPS_SEED"): SeedProfile {
  if ((SEED_PROFILES as readonly string[]).includes(raw)) return raw as SeedProfile;
  throw new ConfigError(`${name} must be one of ${SEED_PROFILES.join(", ")}, got ${JSON.stringify(raw)}`);
}

export function parseDatabaseUrl(raw: string, name = "DATABASE_URL"): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL such as postgres://user@host:5432/db, got an unparsable value`);
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://, got ${url.protocol}//`);
  }
  return raw;
}

/** A whole number within [min, max]; the message names the variable and the range. */
export function parseInteger(raw: string, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${min}` : `a whole number between ${min} and ${max}`;
    throw new ConfigError(`${name} must be ${range}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function parseLimits(env: NodeJS.ProcessEnv): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]) {
    const name = LIMIT_VARIABLES[key];
    const raw = env[name];
    if (raw !== undefined && raw !== "") limits[key] = parseInteger(raw, name, LIMITS_OFF_AT_ZERO.has(key) ? 0 : 1);
  }
  return limits;
}

/** Comma-separated origins (scheme://host[:port], as browsers send them), or "*" alone. */
export function parseCorsOrigins(raw: string, name = "PEACEOPS_CORS_ORIGINS"): string[] {
  const items = raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (items.length === 1 && items[0] === "*") return ["*"];
  return items.map((item) => {
    let url: URL | null = null;
    try {
      url = new URL(item);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== item) {
      throw new ConfigError(`${name} must be "*" or a comma-separated list of origins such as https://reports.example.org (scheme, host and port only, no trailing slash), got ${JSON.stringify(item)}`);
    }
    return item;
  });
}

/** Comma-separated PostgreSQL URLs. */
export function parseReplicaUrls(raw: string, name = "DATABASE_REPLICA_URLS"): string[] {
  return raw.split(",").map((s) => s.trim()).filter((s) => s !== "").map((url, i) => parseDatabaseUrl(url, `${name} (URL ${i + 1})`));
}

export function parseRedisUrl(raw: string, name = "REDIS_URL"): string {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== "redis:" && url.protocol !== "rediss:")) {
    throw new ConfigError(`${name} must be a URL such as redis://127.0.0.1:6379 (or rediss:// for TLS), got ${url ? `${url.protocol}//` : "an unparsable value"}`);
  }
  return raw;
}

/** A number of processes, or "auto" for one per core. */
export function parseWorkers(raw: string, name = "PEACEOPS_WORKERS"): number {
  if (raw.trim().toLowerCase() === "auto") return os.availableParallelism();
  return parseInteger(raw, name, 1, 64);
}

function loadScale(env: NodeJS.ProcessEnv, databaseUrl: string | null): ScaleConfig {
  const replicaUrls = env.DATABASE_REPLICA_URLS ? parseReplicaUrls(env.DATABASE_REPLICA_URLS) : [];
  if (replicaUrls.length && !databaseUrl) {
    throw new ConfigError("DATABASE_REPLICA_URLS needs DATABASE_URL: replicas are of a PostgreSQL primary, and the embedded database has none");
  }
  return {
    replicaUrls,
    replicaMaxLagMs: env.PEACEOPS_REPLICA_MAX_LAG_MS ? parseInteger(env.PEACEOPS_REPLICA_MAX_LAG_MS, "PEACEOPS_REPLICA_MAX_LAG_MS", 0) : 5000,
    redisUrl: env.REDIS_URL ? parseRedisUrl(env.REDIS_URL) : null,
    answerCache: env.PEACEOPS_ANSWER_CACHE === undefined || env.PEACEOPS_ANSWER_CACHE === "" ? true : flag(env, "PEACEOPS_ANSWER_CACHE"),
    answerCacheMb: env.PEACEOPS_ANSWER_CACHE_MB ? parseInteger(env.PEACEOPS_ANSWER_CACHE_MB, "PEACEOPS_ANSWER_CACHE_MB", 1, 65536) : 64,
    workers: env.PEACEOPS_WORKERS ? parseWorkers(env.PEACEOPS_WORKERS) : 1,
    metrics: flag(env, "PEACEOPS_METRICS"),
    metricsToken: env.PEACEOPS_METRICS_TOKEN ? parseMetricsToken(env.PEACEOPS_METRICS_TOKEN) : null,
    tracing: loadTracing(env),
  };
}

/**
 * OpenTelemetry's own variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is the traces URL as it is;
 * OTEL_EXPORTER_OTLP_ENDPOINT is a base to which /v1/traces is added; OTEL_SDK_DISABLED=true turns
 * tracing off; OTEL_SERVICE_NAME names the service (peaceops). OTLP over HTTP with JSON.
 */
function loadTracing(env: NodeJS.ProcessEnv): ScaleConfig["tracing"] {
  if ((env.OTEL_SDK_DISABLED ?? "").toLowerCase() === "true") return null;
  const otlpUrl = (name: string) => {
    const raw = env[name]!;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError(`${name} must be an http:// or https:// URL of an OTLP/HTTP collector, such as http://127.0.0.1:4318, got an unparsable value`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigError(`${name} must be an http:// or https:// URL of an OTLP/HTTP collector, such as http://127.0.0.1:4318, got ${url.protocol}//`);
    return url;
  };
  let tracesUrl: string;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) tracesUrl = otlpUrl("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").toString();
  else if (env.OTEL_EXPORTER_OTLP_ENDPOINT) tracesUrl = otlpUrl("OTEL_EXPORTER_OTLP_ENDPOINT").toString().replace(/\/?$/, "/v1/traces");
  else return null;
  return { tracesUrl, serviceName: env.OTEL_SERVICE_NAME || "peaceops" };
}

/** A bearer token long enough not to be guessed, of characters a header carries as they are. */
function parseMetricsToken(raw: string): string {
  if (!/^[A-Za-z0-9._~+/=-]{16,256}$/.test(raw)) {
    throw new ConfigError("PEACEOPS_METRICS_TOKEN must be 16 to 256 characters of letters, digits and . _ ~ + / = - (for example the output of `openssl rand -hex 24`)");
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const logLevel = env.LOG_LEVEL || "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`);
  }
  const databaseUrl = env.DATABASE_URL ? parseDatabaseUrl(env.DATABASE_URL) : null;
  return {
    port: env.PORT ? parsePort(env.PORT) : 4000,
    host: env.HOST ? parseHost(env.HOST) : "127.0.0.1",
    databaseUrl,
    dataDir: path.resolve(cwd, env.PEACEOPS_DATA_DIR || path.join(".peaceops", "data")),
    seed: env.PEACEOPS_SEED ? parseSeedProfile(env.PEACEOPS_SEED) : "demo",
    traceSql: flag(env, "PEACEOPS_TRACE_SQL"),
    readPlans: env.PEACEOPS_READ_PLANS === undefined || env.PEACEOPS_READ_PLANS === "" ? true : flag(env, "PEACEOPS_READ_PLANS"),
    logLevel,
    debugErrors: flag(env, "PEACEOPS_DEBUG_ERRORS"),
    limits: parseLimits(env),
    corsOrigins: env.PEACEOPS_CORS_ORIGINS ? parseCorsOrigins(env.PEACEOPS_CORS_ORIGINS) : [],
    // Below the 30 s an orchestrator usually waits before SIGKILL.
    shutdownGraceMs: env.PEACEOPS_SHUTDOWN_GRACE_MS ? parseInteger(env.PEACEOPS_SHUTDOWN_GRACE_MS, "PEACEOPS_SHUTDOWN_GRACE_MS", 0) : 25_000,
    scale: loadScale(env, databaseUrl),
  };
}
