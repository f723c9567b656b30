import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context";

/** With tracing on, every response carries `extensions.sql = { statements, ms }` of its operation. */
export function createSqlTracePlugin(enabled: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (!enabled) return;
      return {
        async willSendResponse({ response, contextValue }) {
          const cost = contextValue.meter?.cost;
          if (!cost || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sql: { statements: cost.statements, ms: Math.round(cost.ms * 10) / 10 } };
        },
      };
    },
  };
}
