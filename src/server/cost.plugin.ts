import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import { QueryTooComplexError } from "../errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../repositories/paging";
import type { Context } from "./context";

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

/** A declared `complexity` wins; then connections by page size; any other field costs 1. */
export const COST_ESTIMATORS: ComplexityEstimator[] = [fieldExtensionsEstimator(), connectionEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * Rejects an operation whose estimated cost is over `maxCost` before anything runs. It needs the
 * variables (`first: $n`), so it runs once the operation is resolved rather than as a validation rule.
 */
export function createCostPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined, estimators: COST_ESTIMATORS });
          } catch (err) {
            // Variables that do not coerce: execution rejects them before any resolver runs.
            if (err instanceof GraphQLError) return;
            throw err;
          }
          if (cost > maxCost) {
            throw new QueryTooComplexError(`Query cost ${cost} exceeds the cost limit of ${maxCost}: a list costs its page size times its selection, so ask for smaller pages or fewer fields`, 400);
          }
        },
      };
    },
  };
}
