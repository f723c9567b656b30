import { UserInputError } from "../core/errors";
import { parseRound, roundRows } from "../export/round";
import { csvDelimiter } from "./csv-options";
import { snakeCase } from "../export/columns";
import { assertEntityAccess } from "../export/entities/entity-access";
import { entityRows } from "../export/entities/entity-rows";
import { ENTITIES, entityColumns, findEntity, type EntitySpec } from "../export/entities/entity-specs";
import { parseReportParams, type ParamLabels } from "../export/report-params";
import { csvRecords, runReport } from "../export/report-export";
import { findReport, REPORTS, type ReportSpec } from "../export/report-specs";
import { createScope } from "../core/scope";
import { cliCaller } from "./cli-caller";
import type { CliContext } from "./context";
import { write } from "./io";
import { counted, names, outputCsv, outputJson, type Output } from "./output";

export interface ExportOptions {
  format?: string;
  from?: string;
  to?: string;
  groupBy?: string;
  interval?: string;
  filter?: string[];
  minCellSize?: string;
  seniorOnly?: boolean;
  year?: string;
  indicator?: string;
  mission?: string;
  table?: string;
  includeNames?: boolean;
  bom?: boolean;
  /** As typed: a comma, a semicolon or a tab. */
  delimiter?: string;
  /** As typed: decimals of fractional figures (reports). */
  round?: string;
  out?: string;
}

// Options that become report arguments, by their GraphQL argument name.
const REPORT_OPTIONS = ["from", "to", "groupBy", "interval", "minCellSize", "seniorOnly", "year", "indicator", "mission", "table"] as const;

const kebab = (name: string) => snakeCase(name).replace(/_/g, "-");
export const CLI_LABELS: ParamLabels = { argument: (name) => `--${kebab(name)}`, filter: (name) => `--filter ${name}` };

/** `--filter missions=MINUSTAH,UNMIK` (repeatable; a name given twice adds to its list). */
export function parseFilters(filters: readonly string[]): Record<string, string> {
  // No prototype: a filter named like an Object method (`constructor`) is just an unknown name.
  const result: Record<string, string> = Object.create(null);
  for (const f of filters) {
    const m = /^([A-Za-z]+)=(.*)$/s.exec(f);
    if (!m) throw new UserInputError(`--filter must be NAME=VALUE[,VALUE...], e.g. missions=MINUSTAH,UNMIK; got ${JSON.stringify(f)}`, "filter");
    result[m[1]] = result[m[1]] ? `${result[m[1]]},${m[2]}` : m[2];
  }
  return result;
}

function reportParams(opts: ExportOptions): Record<string, string> {
  const params: Record<string, string> = Object.create(null);
  for (const name of REPORT_OPTIONS) {
    const value = opts[name];
    if (value === undefined || value === false) continue;
    params[name] = value === true ? "true" : value;
  }
  const filters = parseFilters(opts.filter ?? []);
  for (const [name, value] of Object.entries(filters)) params[`filter.${name}`] = value;
  return params;
}

function format(opts: ExportOptions): "csv" | "json" {
  const f = (opts.format ?? "csv").toLowerCase();
  if (f !== "csv" && f !== "json") throw new UserInputError(`--format must be csv or json, got ${JSON.stringify(opts.format)}`, "format");
  return f;
}

function resolve(name: string): ReportSpec | EntitySpec {
  const found = findReport(name) ?? findEntity(name);
  if (!found) {
    throw new UserInputError(`unknown export ${JSON.stringify(name)}: reports are ${REPORTS.map((r) => r.name).join(", ")}; entities are ${ENTITIES.map((e) => e.name).join(", ")}`);
  }
  return found;
}

/** An API error that starts with the argument it blames, reworded with the option's name: `--from (...) must not be after to (...)`. */
export function inCliTerms(err: unknown): unknown {
  if (!(err instanceof UserInputError) || !err.field || !err.message.startsWith(err.field)) return err;
  const label = err.field.startsWith("filter.") ? CLI_LABELS.filter(err.field.slice("filter.".length)) : CLI_LABELS.argument(err.field);
  return new UserInputError(`${label}${err.message.slice(err.field.length)}`, err.field);
}

/** `peaceops export <report|entity>`: one of the core's reports, or an entity table streamed. */
export async function exportCommand(ctx: CliContext, name: string, opts: ExportOptions): Promise<void> {
  const spec = resolve(name);
  const output: Output = { file: opts.out, stdout: ctx.io.stdout, csv: { bom: opts.bom, delimiter: csvDelimiter(opts.delimiter) } };
  const fmt = format(opts);
  if ("tables" in spec) {
    if (opts.includeNames) throw new UserInputError("--include-names applies to the officers export only", "includeNames");
    const request = parseReportParams(spec, reportParams(opts), CLI_LABELS);
    const result = await ctx.lend("prepared", (database) =>
      runReport(request, createScope(database.db, "cli", cliCaller(false))).catch((err: unknown) => {
        throw inCliTerms(err);
      }),
    );
    const rows = roundRows(result.rows, parseRound(opts.round, "--round"));
    if (fmt === "json") await outputJson(output, rows);
    else await outputCsv(output, names(result.columns), csvRecords(result.columns, rows));
    if (output.file) await write(ctx.io.stdout, `Wrote ${result.rows.length} rows of ${spec.name} to ${output.file}\n`);
    return;
  }
  const given = [...REPORT_OPTIONS.filter((o) => opts[o] !== undefined && opts[o] !== false), ...(opts.filter?.length ? ["filter"] : []), ...(opts.round !== undefined ? ["round"] : [])];
  if (given.length) throw new UserInputError(`${CLI_LABELS.argument(given[0])} does not apply to the ${spec.name} export`, given[0]);
  if (fmt !== "csv") throw new UserInputError(`the ${spec.name} export is CSV only (the import's format)`, "format");
  const includeNames = Boolean(opts.includeNames);
  if (includeNames && !spec.nameColumns) throw new UserInputError(`--include-names applies to the officers export only, not ${spec.name}`, "includeNames");
  const counter = { n: 0 };
  await ctx.lend("prepared", async (database) => {
    assertEntityAccess(spec, cliCaller(includeNames), includeNames);
    await outputCsv(output, entityColumns(spec, includeNames), counted(entityRows(database.db, spec, includeNames), counter));
  });
  if (output.file) await write(ctx.io.stdout, `Wrote ${counter.n} ${spec.name} to ${output.file}\n`);
}
