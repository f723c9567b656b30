import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config";

describe("configuration from the environment", () => {
  it("has the documented defaults", () => {
    expect(loadConfig({}, "/srv/app")).toEqual({
      port: 4000, databaseUrl: null, dataDir: "/srv/app/.peaceops/data", seed: "demo", traceSql: false, logLevel: "info", debugErrors: false,
    });
  });

  it("reads every variable", () => {
    const c = loadConfig({ PORT: "8080", DATABASE_URL: "postgresql://u:p@db:5432/x", PEACEOPS_DATA_DIR: "data", PEACEOPS_SEED: "reference", PEACEOPS_TRACE_SQL: "1", LOG_LEVEL: "warn" }, "/srv");
    expect(c).toMatchObject({ port: 8080, databaseUrl: "postgresql://u:p@db:5432/x", dataDir: "/srv/data", seed: "reference", traceSql: true, logLevel: "warn" });
  });

  it.each([
    [{ PORT: "http" }, 'PORT must be a TCP port number between 0 and 65535, got "http"'],
    [{ PORT: "70000" }, "PORT must be a TCP port number"],
    [{ PEACEOPS_SEED: "full" }, 'PEACEOPS_SEED must be one of demo, reference, got "full"'],
    [{ DATABASE_URL: "mysql://localhost/x" }, "DATABASE_URL must start with postgres:// or postgresql://, got mysql://"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL must be a URL"],
    [{ PEACEOPS_TRACE_SQL: "maybe" }, "PEACEOPS_TRACE_SQL must be 1/true/yes/on or 0/false/no/off"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of"],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
