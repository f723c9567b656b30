import { sourcesLine } from "../core/analytics/provenance";
import { loadReference } from "../core/loaders/references";
import * as reports from "../core/reports";
import type { Scope } from "../core/scope";
import { columnTree, valueAt, type Column, type ColumnTree } from "./columns";
import type { CsvValue } from "./csv";
import type { ReportRequest } from "./report-params";
import type { ReportName } from "../core/analytics/report-cost";
import type { ReportTable } from "./report-specs";

/** A report's result as an export: CSV columns, and the rows they are read from. */
export interface ReportResult {
  columns: Column[];
  /** The rows as the API returns them for the same columns (the JSON export). */
  rows: Record<string, unknown>[];
}

/** Key columns first (fixed keys, then the groupBy dimensions in their order), then the measures. */
export function reportColumns(request: ReportRequest): Column[] {
  const { table, report, groupBy } = request;
  const keys = table.grouped ? groupBy.flatMap((d) => report.dimensions[d] ?? []) : [];
  return [...table.leading, ...keys, ...table.measures];
}

type Run = (scope: Scope, args: never) => Promise<unknown>;

// The core's reports: the export's parameters are their arguments, checked as the API's are.
const RUNS: Record<ReportName, Run> = {
  femaleParticipation: reports.femaleParticipation,
  headcountSeries: reports.headcountSeries,
  trainingsDelivered: reports.trainingsDelivered,
  countryCoverage: reports.countryCoverage,
  unContributionShare: reports.unContributionShare,
  targetProgress: reports.targetProgress,
  reconciliation: reports.reconciliation,
};

/**
 * A core row as the API shows it for the exported fields: the fields in the columns' order, the
 * objects it refers to by id loaded through the scope's loaders (null for none), as GraphQL would
 * answer the same selection.
 */
async function present(scope: Scope, source: Record<string, unknown>, tree: ColumnTree, table: ReportTable, prefix: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [field, sub] of tree) {
    const path = prefix ? `${prefix}.${field}` : field;
    const reference = table.references[path];
    let value = reference ? await loadReference(scope.loaders, reference.refers, source[reference.from]) : source[field];
    if (sub.size) value = value === null || value === undefined ? null : await present(scope, value as Record<string, unknown>, sub, table, path);
    out[field] = value ?? null;
  }
  return out;
}

/** Runs the core's report with the caller's scope, under the same rules as the API's field. */
export async function runReport(request: ReportRequest, scope: Scope): Promise<ReportResult> {
  const result = (await RUNS[request.report.name](scope, request.variables as never)) as Record<string, unknown> | Record<string, unknown>[];
  const { table } = request;
  const picked = table.field ? (result as Record<string, unknown>)[table.field] : result;
  // Every row carries its provenance (docs/definitions.md 14): the core puts the report's on each.
  const rows = (table.single ? [picked] : picked) as Record<string, unknown>[];
  const columns = reportColumns(request);
  const tree = columnTree(columns);
  // All rows at once, so that the loaders batch each reference type's lookups into one statement.
  return { columns, rows: await Promise.all(rows.map((row) => present(scope, row, tree, table, ""))) };
}

/** One CSV record per row, keyed by column name. */
export function csvRecords(columns: readonly Column[], rows: readonly Record<string, unknown>[]): Record<string, CsvValue>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => {
    const value: unknown = valueAt(row, c.path);
    // A list (a provenance's sources) is one cell: sourcesLine writes a run of monthly files as its ends.
    return [c.name, Array.isArray(value) ? sourcesLine(value as string[]) : (value as CsvValue)];
  })));
}
