import { fieldExtensionsEstimator, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { isReport, REPORT_COSTS, type ReportArgs, type ReportName } from "../core/analytics/report-cost";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../core/repositories/paging";

/** A report field of the operation, as the cost walk met it (once per alias, fragments expanded). */
export interface ReportField {
  name: ReportName;
  /** The alias, or the field's name. */
  responseKey: string;
  args: ReportArgs;
  /** Its cost, selection included. */
  cost: number;
}

/** Passed to the estimators through graphql-query-complexity's `context`: collects the report fields. */
export interface CostWalk {
  reports: ReportField[];
}

/**
 * A report (an analytics field of Query) costs what src/analytics/report-cost.ts counts from its
 * arguments and selection; it is recorded for the per-request report limits.
 */
export const reportEstimator: ComplexityEstimator = ({ type, field, node, args, childComplexity, context }) => {
  if (type.name !== "Query" || !isReport(field.name)) return undefined;
  const cost = REPORT_COSTS[field.name](args as ReportArgs, childComplexity);
  (context as CostWalk | undefined)?.reports.push({ name: field.name, responseKey: node.alias?.value ?? field.name, args: args as ReportArgs, cost });
  return cost;
};

/**
 * A Relay connection (a field taking `first` and `last`) costs 1 plus its selection once per row
 * of its page, so nested pages multiply. The page size is clamped to what the resolver accepts:
 * a page over 100 or below 0 is the resolver's BAD_USER_INPUT, not a cost.
 */
export const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const names = new Set(field.args.map((a) => a.name));
  if (!names.has("first") || !names.has("last")) return undefined;
  const sizes = [args.first, args.last].filter((v): v is number => typeof v === "number");
  const size = sizes.length ? Math.min(...sizes) : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(0, Math.min(size, MAX_PAGE_SIZE)) * childComplexity;
};

/** Reports by their arguments; then a declared `complexity`; then connections by page size; any other field costs 1. */
export const COST_ESTIMATORS: ComplexityEstimator[] = [reportEstimator, fieldExtensionsEstimator(), connectionEstimator, simpleEstimator({ defaultComplexity: 1 })];
