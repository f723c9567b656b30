import "reflect-metadata";
import { Command, InvalidArgumentError } from "commander";
import { ConfigError, loadConfig, parsePort, parseSeedProfile, SEED_PROFILES } from "../config";
import { DatabaseLockedError } from "../db/lock";
import { PendingMigrationsError } from "../db/open";
import { SeedRefusedError } from "../db/seed";
import { ImportUsageError, ImportWriteError } from "../ingest/import";
import { KIND_NAMES } from "../ingest/kinds";
import { createLogger } from "../logger";
import { importCommand, ImportRejectedError } from "./import.command";
import { migrate } from "./migrate.command";
import { schema } from "./schema.command";
import { seed } from "./seed.command";
import { serve } from "./serve.command";

// Errors the user can act on: one clear line, no stack.
const EXPECTED = [ConfigError, DatabaseLockedError, PendingMigrationsError, SeedRefusedError, ImportUsageError, ImportWriteError, ImportRejectedError];

function option<T>(parse: (raw: string, name: string) => T, name: string) {
  return (raw: string) => {
    try {
      return parse(raw, name);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };
}

async function main(argv: string[]): Promise<void> {
  const program = new Command("peaceops")
    .description("GraphQL data platform for international police peace operations")
    .showHelpAfterError();

  program
    .command("serve")
    .description("serve GraphQL (embedded database unless DATABASE_URL is set)")
    .option("-p, --port <port>", "TCP port (default: PORT or 4000)", option(parsePort, "--port"))
    .action(async (opts: { port?: number }) => {
      const config = loadConfig();
      if (opts.port !== undefined) config.port = opts.port;
      await serve(config, createLogger(config.logLevel));
    });

  program
    .command("migrate")
    .description("apply pending migrations to the configured database")
    .action(() => migrate(loadConfig()));

  program
    .command("seed")
    .description("seed a new, empty database with a profile")
    .option("--profile <profile>", `one of ${SEED_PROFILES.join(", ")} (default: PEACEOPS_SEED or demo)`, option(parseSeedProfile, "--profile"))
    .action((opts: { profile?: "demo" | "reference" }) => {
      const config = loadConfig();
      return seed(config, opts.profile ?? config.seed);
    });

  program
    .command("import")
    .description(`import a CSV file of one kind, all or nothing (kinds: ${KIND_NAMES.join(", ")})`)
    .argument("<kind>", KIND_NAMES.join(" | "))
    .argument("<file>", "CSV file with a header row (UTF-8)")
    .option("--dry-run", "validate and count, write nothing")
    .option("--json", "print the summary as one JSON object")
    .action((kind: string, file: string, opts: { dryRun?: boolean; json?: boolean }) => importCommand(loadConfig(), kind, file, opts));

  program
    .command("schema")
    .description("print the GraphQL schema (SDL), or write it with --out")
    .option("-o, --out <file>", "write to this file")
    .option("--check", "fail if the file (default schema.graphql) differs from the code")
    .action((opts: { out?: string; check?: boolean }) => schema(opts.out, Boolean(opts.check)));

  await program.parseAsync(argv);
}

main(process.argv).catch((err: unknown) => {
  if (EXPECTED.some((E) => err instanceof E)) {
    process.stderr.write(`peaceops: ${(err as Error).message}\n`);
  } else {
    process.stderr.write(`peaceops: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
