import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context";

/**
 * A GraphQL response computed for a caller who sent an Authorization header is never cacheable,
 * whatever cache hints the schema may gain: set before Apollo's cache-control plugin computes the
 * header, `no-store` wins. (Without hints Apollo answers `no-store` to everyone anyway.)
 */
export function createNoStorePlugin(): ApolloServerPlugin<Pick<Context, "caller">> {
  return {
    async requestDidStart({ contextValue, response }) {
      if (contextValue.caller.kind !== "anonymous") response.http.headers.set("cache-control", "no-store");
    },
  };
}
