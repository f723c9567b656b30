import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "./context";
import { currentRequestRecord } from "./request-log";

/** Tells the request's log line which operation ran and which error codes it answered with. */
export function createRequestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const record = currentRequestRecord();
      if (!record) return;
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
