import "reflect-metadata";
import { Command, InvalidArgumentError } from "commander";
import { loadConfig, parsePort, parseSeedProfile } from "../config";
import { DELIMITER_CHOICES } from "../core/ingest/delimiter";
import { ENCODING_CHOICES } from "../core/ingest/text-encoding";
import { SEED_PROFILES } from "../core/db/seed/profiles";
import { forwardToServer } from "./control/client";
import { createLogger } from "../core/logger";
import { parseRole } from "../core/auth/roles";
import { KIND_NAMES } from "../core/ingest/kinds";
import { peaceopsVersion } from "../core/version";
import { describeCliError } from "./errors";
import { runInvocation, withAbsolutePaths, type ForwardedCommand } from "./forwarded";
import { processIo } from "./io";
import { localLend } from "./lend";
import { migrate } from "./migrate.command";
import { schema } from "./schema.command";
import { seed } from "./seed.command";
import { serve } from "./serve.command";

/**
 * Runs a command that works on the data: inside the server that owns the embedded database when
 * one runs (so that nothing opens a second connection to its one session), otherwise here.
 */
async function work(command: ForwardedCommand, args: string[], opts: object): Promise<void> {
  const config = loadConfig();
  const invocation = { command, args, opts: { ...opts } as Record<string, unknown> };
  // The server has another working directory: it gets the files' absolute names.
  if (!config.databaseUrl && (await forwardToServer(config.dataDir, withAbsolutePaths(invocation, process.cwd())))) return;
  await runInvocation({ config, logger: createLogger(config.logLevel), io: processIo(), lend: localLend(config) }, invocation);
}

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
    .version(peaceopsVersion(), "-V, --version", "print peaceops's version")
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
    .argument("<file>", "CSV file with a header row (UTF-8 or UTF-16; Windows-1252 with --encoding)")
    .option("--dry-run", "validate and count, write nothing")
    .option("--encoding <name>", `how the file's text is encoded: ${ENCODING_CHOICES}`)
    .option("--delimiter <char>", `the field separator: ${DELIMITER_CHOICES} (default: found in the header)`)
    .option("--create-missions", "un-contributions: add a UN-led mission for a code the register does not know, instead of refusing the file")
    .option("--json", "print the summary as one JSON object")
    .action((kind: string, file: string, opts: object) => work("import", [kind, file], opts));

  program
    .command("schema")
    .description("print the GraphQL schema (SDL), or write it with --out")
    .option("-o, --out <file>", "write to this file")
    .option("--check", "fail if the file (default schema.graphql) differs from the code")
    .action((opts: { out?: string; check?: boolean }) => schema(opts.out, Boolean(opts.check)));

  const keys = program
    .command("keys")
    .description("manage API keys (while a server owns the embedded database, it does the work)");
  keys
    .command("create")
    .description("create a key; prints its token once, alone on the last line")
    .requiredOption("--role <role>", "ANALYST, EDITOR or ADMIN", option(parseRole, "--role"))
    .requiredOption("--name <name>", "who or what uses the key, e.g. \"BI dashboard\"")
    .option("--json", "print {name, role, token} as JSON")
    .action((opts: object) => work("keys create", [], opts));
  keys
    .command("list")
    .description("list keys (never their tokens)")
    .option("--json", "print JSON")
    .action((opts: object) => work("keys list", [], opts));
  keys
    .command("revoke <idOrPrefix>")
    .description("revoke a key by id or token prefix (po_...)")
    .action((idOrPrefix: string) => work("keys revoke", [idOrPrefix], {}));

  program
    .command("export")
    .argument("<name>", "a report (femaleParticipation, headcountSeries, ...) or an entity (missions, officers, ...)")
    .description("export an analytics report as CSV or JSON, or an entity as CSV in the import's columns")
    .option("--format <format>", "csv (default) or json; reports only")
    .option("--from <date>", "start of the period, YYYY-MM-DD")
    .option("--to <date>", "end of the period, YYYY-MM-DD")
    .option("--group-by <dimensions>", "comma-separated dimensions in column and sort order, e.g. YEAR,MISSION")
    .option("--interval <interval>", "MONTH, QUARTER or YEAR (headcountSeries)")
    .option("--filter <name=values>", "a filter of the report, e.g. missions=MINUSTAH,UNMIK (repeatable)", (v: string, all: string[]) => [...all, v], [])
    .option("--min-cell-size <n>", "suppress rows with fewer known-gender officers (default 5)")
    .option("--senior-only", "only deployments flagged senior (femaleParticipation)")
    .option("--year <year>", "targetProgress: one year")
    .option("--indicator <code>", "targetProgress: one indicator")
    .option("--mission <code>", "reconciliation: one mission")
    .option("--table <name>", "which list of the report: rows (default) or total; countries or byYear for countryCoverage")
    .option("--round <n>", "reports: round rates, shares and other fractional figures to n decimals (default: full precision)")
    .option("--include-names", "officers: include given_name and family_name (personal data)")
    .option("--bom", "start the CSV with a UTF-8 byte order mark (for spreadsheet programs)")
    .option("--delimiter <char>", `the CSV field separator: ${DELIMITER_CHOICES} (default: comma; a semicolon is what spreadsheet programs expect in French-Canadian and most European locales)`)
    .option("-o, --out <file>", "write to this file instead of stdout")
    .action((name: string, opts: object) => work("export", [name], opts));

  program
    .command("report")
    .argument("<name>", "the report: generation-equality")
    .description("write a report as one self-contained HTML file, as PDF (printed by a headless Chromium), or as Markdown with its charts (SVG) and their data (CSV) beside it")
    .option("--year <year>", "the report year: the ten calendar years to it (default: last year)")
    .option("--from <date>", "start of the period, YYYY-MM-DD (with --to, instead of --year)")
    .option("--to <date>", "end of the period, YYYY-MM-DD")
    .option("--format <format>", "html (default), pdf or md")
    .option("--lang <lang>", "en (default) or fr")
    .option("--paper <size>", "pdf: letter (default) or a4")
    .option("--min-cell-size <n>", "suppress groups with fewer known-gender officers (default 5)")
    .option("-o, --out <file>", "write the document to this file (md: the charts beside it)")
    .option("--out-dir <dir>", "write report.html, report.pdf or report.md (and md: one SVG and one CSV per chart) into this folder")
    .action((name: string, opts: object) => work("report", [name], opts));

  program
    .command("query")
    .argument("<file>", "a file holding a GraphQL query")
    .description("run a query against the database; write the first list it returns as CSV, or the result as JSON")
    .option("--variables <json>", "the query's variables as a JSON object")
    .option("--operation <name>", "the operation to run when the file holds several")
    .option("--format <format>", "csv (default) or json")
    .option("--include-names", "allow officers' givenName and familyName (personal data)")
    .option("--bom", "start the CSV with a UTF-8 byte order mark (for spreadsheet programs)")
    .option("--delimiter <char>", `the CSV field separator: ${DELIMITER_CHOICES} (default: comma; a semicolon is what spreadsheet programs expect in French-Canadian and most European locales)`)
    .option("-o, --out <file>", "write to this file instead of stdout")
    .action((file: string, opts: object) => work("query", [file], opts));

  await program.parseAsync(argv);
}

main(process.argv).catch((err: unknown) => {
  process.stderr.write(`peaceops: ${describeCliError(err)}\n`);
  process.exit(1);
});
