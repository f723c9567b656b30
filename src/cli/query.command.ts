import fs from "node:fs";
import { csvDelimiter } from "./csv-options";
import { UserInputError } from "../core/errors";
import { parseVariables, runQuery } from "./query/query-export";
import { createContext } from "../graphql/context";
import { cliCaller } from "./cli-caller";
import type { CliContext } from "./context";
import { write } from "./io";
import { outputCsv, outputJson } from "./output";

export interface QueryOptions {
  variables?: string;
  operation?: string;
  format?: string;
  includeNames?: boolean;
  bom?: boolean;
  delimiter?: string;
  out?: string;
}

/** `peaceops query <file.graphql>`: any query, its first list as CSV (or the whole result as JSON). */
export async function queryCommand(ctx: CliContext, file: string, opts: QueryOptions): Promise<void> {
  const format = (opts.format ?? "csv").toLowerCase();
  if (format !== "csv" && format !== "json") throw new UserInputError(`--format must be csv or json, got ${JSON.stringify(opts.format)}`, "format");
  let source: string;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new UserInputError(`cannot read the query file ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, "file");
  }
  const variables = parseVariables(opts.variables);
  const includeNames = Boolean(opts.includeNames);
  const { data, table } = await ctx.lend("prepared", (database) =>
    runQuery(source, variables, opts.operation, createContext(database.db, "cli", cliCaller(includeNames)), { logger: ctx.logger }),
  );
  const output = { file: opts.out, stdout: ctx.io.stdout, csv: { bom: opts.bom, delimiter: csvDelimiter(opts.delimiter) } };
  if (format === "json") await outputJson(output, data);
  else await outputCsv(output, table.columns, table.records);
  if (output.file) await write(ctx.io.stdout, `Wrote ${format === "json" ? "the result" : `${table.records.length} rows`} to ${output.file}\n`);
}
