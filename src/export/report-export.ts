import { parse } from "graphql";
import type { Context } from "../graphql/context";
import { selectionFor, valueAt, type Column } from "./columns";
import type { CsvValue } from "./csv";
import type { ReportRequest } from "./report-params";
import { runOperation, type OperationOptions } from "./run-operation";

/** A report's result as an export: CSV columns, and the GraphQL rows they were read from. */
export interface ReportResult {
  columns: Column[];
  /** The GraphQL result's rows, as the API returns them (the JSON export). */
  rows: Record<string, unknown>[];
}

/** Key columns first (fixed keys, then the groupBy dimensions in their order), then the measures. */
export function reportColumns(request: ReportRequest): Column[] {
  const { table, report, groupBy } = request;
  const keys = table.grouped ? groupBy.flatMap((d) => report.dimensions[d] ?? []) : [];
  return [...table.leading, ...keys, ...table.measures];
}

/** The query document of a request: only the variables given, only the columns exported. */
export function reportDocument(request: ReportRequest): string {
  const names = Object.keys(request.variables);
  const declared = names.map((n) => `$${n}: ${request.variableTypes[n]}`).join(", ");
  const args = names.map((n) => `${n}: $${n}`).join(", ");
  const selection = selectionFor(reportColumns(request));
  const field = request.table.field ? `{ ${request.table.field} { ${selection} } }` : `{ ${selection} }`;
  return `query Export${declared ? `(${declared})` : ""} { ${request.report.name}${args ? `(${args})` : ""} ${field} }`;
}

/**
 * Runs the report through the GraphQL schema with the caller's context, as /graphql would.
 * `document`: the request's parsed document, when the caller has parsed it already (to check limits).
 */
export async function runReport(request: ReportRequest, context: Context, options: OperationOptions, document = parse(reportDocument(request))): Promise<ReportResult> {
  const data = await runOperation(document, request.variables, context, options);
  const result = data[request.report.name] as Record<string, unknown> | Record<string, unknown>[];
  const picked = request.table.field ? (result as Record<string, unknown>)[request.table.field] : result;
  const rows = (request.table.single ? [picked] : picked) as Record<string, unknown>[];
  return { columns: reportColumns(request), rows };
}

/** One CSV record per row, keyed by column name. */
export function csvRecords(columns: readonly Column[], rows: readonly Record<string, unknown>[]): Record<string, CsvValue>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, valueAt(row, c.path)])));
}
