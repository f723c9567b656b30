import os from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config";
import { DEFAULT_LIMITS } from "../src/server/limits";

describe("configuration from the environment", () => {
  it("has the documented defaults", () => {
    expect(loadConfig({}, "/srv/app")).toEqual({
      port: 4000, host: "127.0.0.1", databaseUrl: null, dataDir: "/srv/app/.peaceops/data", seed: "demo", traceSql: false, readPlans: true, logLevel: "info", debugErrors: false,
      limits: { maxDepth: 12, maxCost: 20000, maxAliases: 30, maxTokens: 2000, maxDirectives: 50, maxBodyBytes: 102400, maxBatch: 1, maxVariableDepth: 32, maxInFlight: 8, statementTimeoutMs: 15000,
        maxReports: 10, anonymousMaxYears: 50 },
      corsOrigins: [],
      shutdownGraceMs: 25000,
      scale: { replicaUrls: [], replicaMaxLagMs: 5000, redisUrl: null, answerCache: true, answerCacheMb: 64, workers: 1, metrics: false, metricsToken: null, tracing: null },
    });
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });

  it("reads every variable", () => {
    const c = loadConfig({ PORT: "8080", HOST: "0.0.0.0", DATABASE_URL: "postgresql://u:p@db:5432/x", PEACEOPS_DATA_DIR: "data", PEACEOPS_SEED: "reference", PEACEOPS_TRACE_SQL: "1", LOG_LEVEL: "warn" }, "/srv");
    expect(c).toMatchObject({ port: 8080, host: "0.0.0.0", databaseUrl: "postgresql://u:p@db:5432/x", dataDir: "/srv/data", seed: "reference", traceSql: true, logLevel: "warn" });
    expect(loadConfig({ PEACEOPS_READ_PLANS: "off" }).readPlans).toBe(false);
    expect(loadConfig({ PEACEOPS_READ_PLANS: "on" }).readPlans).toBe(true);
    expect(() => loadConfig({ PEACEOPS_READ_PLANS: "sometimes" })).toThrow('PEACEOPS_READ_PLANS must be 1/true/yes/on or 0/false/no/off, got "sometimes"');
  });

  it("reads every limit and the CORS origins", () => {
    const c = loadConfig({
      PEACEOPS_MAX_DEPTH: "8", PEACEOPS_MAX_COST: "5000", PEACEOPS_MAX_ALIASES: "5", PEACEOPS_MAX_TOKENS: "300", PEACEOPS_MAX_DIRECTIVES: "4",
      PEACEOPS_MAX_BODY_BYTES: "2048", PEACEOPS_MAX_BATCH: "3", PEACEOPS_MAX_VARIABLE_DEPTH: "6", PEACEOPS_STATEMENT_TIMEOUT_MS: "0",
      PEACEOPS_MAX_REPORTS: "3", PEACEOPS_ANONYMOUS_MAX_YEARS: "0",
      PEACEOPS_CORS_ORIGINS: "https://reports.example.org, http://localhost:5173",
    });
    expect(c.limits).toEqual({ maxDepth: 8, maxCost: 5000, maxAliases: 5, maxTokens: 300, maxDirectives: 4, maxBodyBytes: 2048, maxBatch: 3, maxVariableDepth: 6, maxInFlight: 8, statementTimeoutMs: 0,
      maxReports: 3, anonymousMaxYears: 0 });
    expect(c.corsOrigins).toEqual(["https://reports.example.org", "http://localhost:5173"]);
    expect(loadConfig({ PEACEOPS_CORS_ORIGINS: "*" }).corsOrigins).toEqual(["*"]);
    expect(loadConfig({ PEACEOPS_SHUTDOWN_GRACE_MS: "5000" }).shutdownGraceMs).toBe(5000);
  });

  it("reads the settings of running at scale", () => {
    const c = loadConfig({
      DATABASE_URL: "postgres://db/x", DATABASE_REPLICA_URLS: "postgres://r1/x, postgresql://u:p@r2:5433/x", PEACEOPS_REPLICA_MAX_LAG_MS: "250",
      REDIS_URL: "redis://cache:6379/2", PEACEOPS_ANSWER_CACHE: "off", PEACEOPS_ANSWER_CACHE_MB: "16", PEACEOPS_WORKERS: "3",
      PEACEOPS_METRICS: "on", PEACEOPS_METRICS_TOKEN: "0123456789abcdef0123",
    });
    expect(c.scale).toEqual({
      replicaUrls: ["postgres://r1/x", "postgresql://u:p@r2:5433/x"], replicaMaxLagMs: 250, redisUrl: "redis://cache:6379/2", answerCache: false, answerCacheMb: 16, workers: 3,
      metrics: true, metricsToken: "0123456789abcdef0123", tracing: null,
    });
    expect(loadConfig({ PEACEOPS_WORKERS: "auto" }).scale.workers).toBe(os.availableParallelism());
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }).scale.tracing).toEqual({ tracesUrl: "http://collector:4318/v1/traces", serviceName: "peaceops" });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "https://otel.example.org/base/", OTEL_SERVICE_NAME: "peaceops-eu" }).scale.tracing).toEqual({ tracesUrl: "https://otel.example.org/base/v1/traces", serviceName: "peaceops-eu" });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://b:4318/traces" }).scale.tracing?.tracesUrl).toBe("http://b:4318/traces");
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_SDK_DISABLED: "true" }).scale.tracing).toBeNull();
  });

  it.each([
    [{ PORT: "http" }, 'PORT must be a TCP port number between 0 and 65535, got "http"'],
    [{ HOST: "http://0.0.0.0" }, 'HOST must be an IP address or a host name to listen on, such as 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every interface, e.g. in a container), got "http://0.0.0.0"'],
    [{ HOST: "0.0.0.0:4000" }, 'HOST must be an IP address or a host name to listen on'],
    [{ PORT: "70000" }, "PORT must be a TCP port number"],
    [{ PEACEOPS_SEED: "full" }, 'PEACEOPS_SEED must be one of demo, reference, got "full"'],
    [{ DATABASE_URL: "mysql://localhost/x" }, "DATABASE_URL must start with postgres:// or postgresql://, got mysql://"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL must be a URL"],
    [{ PEACEOPS_TRACE_SQL: "maybe" }, "PEACEOPS_TRACE_SQL must be 1/true/yes/on or 0/false/no/off"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of"],
    [{ PEACEOPS_MAX_DEPTH: "0" }, 'PEACEOPS_MAX_DEPTH must be a whole number of at least 1, got "0"'],
    [{ PEACEOPS_MAX_COST: "lots" }, 'PEACEOPS_MAX_COST must be a whole number of at least 1, got "lots"'],
    [{ PEACEOPS_MAX_ALIASES: "-1" }, 'PEACEOPS_MAX_ALIASES must be a whole number of at least 1, got "-1"'],
    [{ PEACEOPS_MAX_TOKENS: "1.5" }, 'PEACEOPS_MAX_TOKENS must be a whole number of at least 1, got "1.5"'],
    [{ PEACEOPS_MAX_DIRECTIVES: "x" }, "PEACEOPS_MAX_DIRECTIVES must be a whole number"],
    [{ PEACEOPS_MAX_BODY_BYTES: "1mb" }, 'PEACEOPS_MAX_BODY_BYTES must be a whole number of at least 1, got "1mb"'],
    [{ PEACEOPS_MAX_BATCH: "0" }, "PEACEOPS_MAX_BATCH must be a whole number of at least 1"],
    [{ PEACEOPS_MAX_REPORTS: "0" }, 'PEACEOPS_MAX_REPORTS must be a whole number of at least 1, got "0"'],
    [{ PEACEOPS_ANONYMOUS_MAX_YEARS: "ten" }, 'PEACEOPS_ANONYMOUS_MAX_YEARS must be a whole number of at least 0, got "ten"'],
    [{ PEACEOPS_MAX_VARIABLE_DEPTH: "0" }, 'PEACEOPS_MAX_VARIABLE_DEPTH must be a whole number of at least 1, got "0"'],
    [{ DATABASE_REPLICA_URLS: "postgres://r1/x" }, "DATABASE_REPLICA_URLS needs DATABASE_URL: replicas are of a PostgreSQL primary, and the embedded database has none"],
    [{ DATABASE_URL: "postgres://db/x", DATABASE_REPLICA_URLS: "postgres://r1/x,redis://r2" }, "DATABASE_REPLICA_URLS (URL 2) must start with postgres:// or postgresql://, got redis://"],
    [{ REDIS_URL: "127.0.0.1:6379" }, "REDIS_URL must be a URL such as redis://127.0.0.1:6379 (or rediss:// for TLS), got an unparsable value"], [{ REDIS_URL: "http://cache:6379" }, "REDIS_URL must be a URL such as redis://127.0.0.1:6379 (or rediss:// for TLS), got http://"],
    [{ PEACEOPS_WORKERS: "0" }, 'PEACEOPS_WORKERS must be a whole number between 1 and 64, got "0"'],
    [{ PEACEOPS_WORKERS: "many" }, 'PEACEOPS_WORKERS must be a whole number between 1 and 64, got "many"'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" }, "OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL of an OTLP/HTTP collector, such as http://127.0.0.1:4318, got collector:"],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "not a url" }, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http:// or https:// URL of an OTLP/HTTP collector, such as http://127.0.0.1:4318, got an unparsable value"],
    [{ PEACEOPS_METRICS: "prometheus" }, 'PEACEOPS_METRICS must be 1/true/yes/on or 0/false/no/off, got "prometheus"'],
    [{ PEACEOPS_METRICS_TOKEN: "short" }, "PEACEOPS_METRICS_TOKEN must be 16 to 256 characters of letters, digits and . _ ~ + / = -"],
    [{ PEACEOPS_METRICS_TOKEN: "a token with spaces in it" }, "PEACEOPS_METRICS_TOKEN must be 16 to 256 characters"],
    [{ PEACEOPS_REPLICA_MAX_LAG_MS: "1s" }, 'PEACEOPS_REPLICA_MAX_LAG_MS must be a whole number of at least 0, got "1s"'],
    [{ PEACEOPS_STATEMENT_TIMEOUT_MS: "15s" }, 'PEACEOPS_STATEMENT_TIMEOUT_MS must be a whole number of at least 0, got "15s"'],
    [{ PEACEOPS_SHUTDOWN_GRACE_MS: "soon" }, 'PEACEOPS_SHUTDOWN_GRACE_MS must be a whole number of at least 0, got "soon"'],
    [{ PEACEOPS_CORS_ORIGINS: "https://a.example.org/" }, 'PEACEOPS_CORS_ORIGINS must be "*" or a comma-separated list of origins'],
    [{ PEACEOPS_CORS_ORIGINS: "reports.example.org" }, 'got "reports.example.org"'],
    [{ PEACEOPS_CORS_ORIGINS: "https://a.example.org,*" }, 'got "*"'],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
