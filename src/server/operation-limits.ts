import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { LimitError } from "../core/errors";
import type { Caller } from "../core/policy";
import { COST_ESTIMATORS, type CostWalk, type ReportField } from "./cost-estimators";
import type { Limits } from "./limits";
import { assertAnonymousPeriods, assertReportCount } from "./report-limits";

export interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
  caller: Caller;
}

/** Fields the cost walk visits, fragments expanded, before it gives up (graphql-query-complexity's default). */
export const MAX_COST_NODES = 10_000;

function costError(cost: number, max: number, fields: readonly ReportField[]): LimitError {
  const reports = fields.reduce((sum, r) => sum + r.cost, 0);
  const advice =
    reports * 2 >= cost
      ? `its reports cost ${reports}, and a report costs more the longer its period, the finer its interval and the more its groupBy dimensions, so narrow from/to, use a coarser interval or fewer dimensions, or send fewer reports`
      : "a list costs its page size times its selection, so ask for smaller pages or fewer fields";
  return new LimitError(`Query cost ${cost} exceeds the cost limit of ${max}: ${advice}`, 400);
}

/**
 * The limits an operation is held to before anything of it runs, over /graphql and the HTTP
 * exports alike: the number of reports, the estimated cost (cost-estimators.ts), then the period
 * of each report for a caller without an API key. Throws QUERY_TOO_COMPLEX naming the limit.
 */
export function assertOperationLimits(op: Operation, limits: Pick<Limits, "maxCost" | "maxReports" | "anonymousMaxYears">): void {
  const measured = costOf(op);
  if (measured === null) return;
  assertMeasuredLimits(measured.cost, measured.walk.reports, op.caller, limits);
}

/** The same limits, for an operation whose cost and reports are already counted (an export's report). */
export function assertMeasuredLimits(cost: number, reports: readonly ReportField[], caller: Caller, limits: Pick<Limits, "maxCost" | "maxReports" | "anonymousMaxYears">): void {
  assertReportCount(reports, limits.maxReports);
  if (cost > limits.maxCost) throw costError(cost, limits.maxCost, reports);
  assertAnonymousPeriods(reports, caller, limits.anonymousMaxYears);
}

interface Measured {
  cost: number;
  walk: CostWalk;
}

// The cost walk depends on the document, the operation and the variables, not on the caller: it
// is kept per parsed document (Apollo keeps the documents it has seen) for a few variable sets.
const MAX_VARIABLE_SETS = 16;
// Large variable sets are not kept: the cache must not hold what callers send in bulk.
const MAX_KEY_LENGTH = 4096;
const measuredByDocument = new WeakMap<DocumentNode, Map<string, Measured>>();

/** The cache key of an operation's variables; null for variables too large or deep to keep. */
function variablesKey(op: Operation): string | null {
  let text: string;
  try {
    text = JSON.stringify(op.variables);
  } catch {
    return null; // nested too deep to serialise: the input guard refuses them
  }
  return text.length > MAX_KEY_LENGTH ? null : `${op.operationName ?? ""}\u0000${text}`;
}

function costOf(op: Operation): Measured | null {
  const key = variablesKey(op);
  if (key === null) return walkCost(op);
  let byVariables = measuredByDocument.get(op.document);
  const known = byVariables?.get(key);
  if (known) return known;
  const measured = walkCost(op);
  if (measured === null) return measured;
  if (!byVariables) measuredByDocument.set(op.document, (byVariables = new Map()));
  if (byVariables.size >= MAX_VARIABLE_SETS) byVariables.delete(byVariables.keys().next().value!);
  byVariables.set(key, measured);
  return measured;
}

/** The walk itself; null when the variables do not coerce (execution rejects them before anything runs). */
function walkCost(op: Operation): Measured | null {
  const walk: CostWalk = { reports: [] };
  let cost: number;
  try {
    cost = getComplexity({
      schema: op.schema, query: op.document, variables: op.variables, operationName: op.operationName,
      estimators: COST_ESTIMATORS, context: walk, maxQueryNodes: MAX_COST_NODES,
    });
  } catch (err) {
    // Fragments spread into each other can repeat a few fields exponentially: refused, not skipped.
    if (err instanceof GraphQLError && err.message.startsWith("Query exceeds the maximum allowed number of nodes")) {
      throw new LimitError(`The query has more than ${MAX_COST_NODES} fields once its fragments are expanded (the cost walk's limit): spread fewer fragments`, 400);
    }
    // Variables that do not coerce: execution rejects them before any resolver runs.
    if (err instanceof GraphQLError) return null;
    throw err;
  }
  return { cost, walk };
}
