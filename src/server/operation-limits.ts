import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { QueryTooComplexError } from "../errors";
import type { Caller } from "./context";
import { COST_ESTIMATORS, type CostWalk } from "./cost-estimators";
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

function costError(cost: number, max: number, walk: CostWalk): QueryTooComplexError {
  const reports = walk.reports.reduce((sum, r) => sum + r.cost, 0);
  const advice =
    reports * 2 >= cost
      ? `its reports cost ${reports}, and a report costs more the longer its period, the finer its interval and the more its groupBy dimensions, so narrow from/to, use a coarser interval or fewer dimensions, or send fewer reports`
      : "a list costs its page size times its selection, so ask for smaller pages or fewer fields";
  return new QueryTooComplexError(`Query cost ${cost} exceeds the cost limit of ${max}: ${advice}`, 400);
}

/**
 * The limits an operation is held to before anything of it runs, over /graphql and the HTTP
 * exports alike: the number of reports, the estimated cost (cost-estimators.ts), then the period
 * of each report for a caller without an API key. Throws QUERY_TOO_COMPLEX naming the limit.
 */
export function assertOperationLimits(op: Operation, limits: Pick<Limits, "maxCost" | "maxReports" | "anonymousMaxYears">): void {
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
      throw new QueryTooComplexError(`The query has more than ${MAX_COST_NODES} fields once its fragments are expanded (the cost walk's limit): spread fewer fragments`, 400);
    }
    // Variables that do not coerce: execution rejects them before any resolver runs.
    if (err instanceof GraphQLError) return;
    throw err;
  }
  assertReportCount(walk.reports, limits.maxReports);
  if (cost > limits.maxCost) throw costError(cost, limits.maxCost, walk);
  assertAnonymousPeriods(walk.reports, op.caller, limits.anonymousMaxYears);
}
