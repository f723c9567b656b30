import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context";
import { recordOfContext } from "./request-context";

/** Tells the request's log line who called (the key's name), which operation ran and its error codes. */
export function createRequestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOfContext(contextValue);
      if (!record) return;
      const caller = contextValue.caller;
      record.caller = caller.kind === "key" ? caller.name : caller.kind;
      return {
        async willSendResponse({ operationName, operation, response }) {
          record.operationName = operationName ?? null;
          record.operation = operation?.operation ?? null;
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : response.body.initialResult.errors;
          record.errorCodes.push(...(errors ?? []).map((e) => String(e.extensions?.code ?? "UNKNOWN")));
        },
      };
    },
  };
}
