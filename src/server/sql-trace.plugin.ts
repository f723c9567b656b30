import type { ApolloServerPlugin } from "@apollo/server";
import { currentSqlCost } from "../core/db/sql-trace";
import type { Context } from "../graphql/context";

/** With tracing on, every response carries `extensions.sql = { statements, ms }` of its operation. */
export function createSqlTracePlugin(enabled: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (!enabled) return;
      return {
        async willSendResponse({ response }) {
          const cost = currentSqlCost();
          if (!cost || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sql: { statements: cost.statements, ms: Math.round(cost.ms * 10) / 10 } };
        },
      };
    },
  };
}
