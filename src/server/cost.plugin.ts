import type { ApolloServerPlugin } from "@apollo/server";
import { PeaceopsError } from "../core/errors";
import type { Context } from "../graphql/context";
import { toGraphQLError } from "../graphql/errors";
import type { Limits } from "./limits";
import { assertOperationLimits } from "./operation-limits";

/**
 * Rejects an operation over the cost limit, the report limit or (for a caller without an API key)
 * the anonymous period limit before anything runs. It needs the variables (`first: $n`, `from: $f`)
 * and the caller, so it runs once the operation is resolved rather than as a validation rule.
 */
export function createCostPlugin(limits: Pick<Limits, "maxCost" | "maxReports" | "anonymousMaxYears">): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          try {
            assertOperationLimits(
              { schema, document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined, caller: contextValue.caller },
              limits,
            );
          } catch (err) {
            // Apollo answers with the status of a GraphQLError's `extensions.http`.
            throw err instanceof PeaceopsError ? toGraphQLError(err) : err;
          }
        },
      };
    },
  };
}
