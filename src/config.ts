import path from "node:path";

/** Which seed profile a new, empty database receives. */
export type SeedProfile = "demo" | "reference";
export const SEED_PROFILES: readonly SeedProfile[] = ["demo", "reference"];

export interface Config {
  port: number;
  /** PostgreSQL URL; null = the embedded database in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  seed: SeedProfile;
  traceSql: boolean;
  logLevel: string;
  /** Show internal error messages to callers (never in production). */
  debugErrors: boolean;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const logLevel = env.LOG_LEVEL || "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`);
  }
  return {
    port: env.PORT ? parsePort(env.PORT) : 4000,
    databaseUrl: env.DATABASE_URL ? parseDatabaseUrl(env.DATABASE_URL) : null,
    dataDir: path.resolve(cwd, env.PEACEOPS_DATA_DIR || path.join(".peaceops", "data")),
    seed: env.PEACEOPS_SEED ? parseSeedProfile(env.PEACEOPS_SEED) : "demo",
    traceSql: flag(env, "PEACEOPS_TRACE_SQL"),
    logLevel,
    debugErrors: flag(env, "PEACEOPS_DEBUG_ERRORS"),
  };
}
