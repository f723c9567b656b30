import type { ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import type { ReadRouter, ReadRoute } from "../../core/db/read-router";
import { routeScope } from "../../core/scope";
import type { Context } from "../../graphql/context";
import { rootFieldNames } from "./root-fields";

/** Root fields whose answers must be current to the last write of any kind: keys and the audit log. */
const PRIMARY_ONLY = new Set(["apiKeys", "auditLog", "viewer"]);

const routes = new WeakMap<GraphQLRequest, ReadRoute>();
// A batch shares one context between its operations: once one of them writes, they all read from
// the primary, so a mutation's read-back never goes to a replica.
const pinned = new WeakSet<Context>();

/** The route of an operation that was routed (a query), for the answer cache. */
export function routeOf(request: GraphQLRequest): ReadRoute | undefined {
  return routes.get(request);
}

/**
 * Routes each query's reads (read-router.ts): to a replica that has every committed write, or to
 * the primary. Mutations, and queries of keys or of the audit log, stay on the primary. A query is
 * routed when there are replicas, or when `wantsVersion` says its answer may be cached (the route
 * carries the data version the cache is keyed by); otherwise nothing is read for it here. The
 * routing's own statements are not counted in `extensions.sql`.
 */
export function createReadRoutingPlugin(router: ReadRouter, wantsVersion: (fields: ReadonlySet<string>) => boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue, request }) {
          if (!operation) return;
          if (operation.operation !== "query") {
            pinned.add(contextValue);
            routeScope(contextValue, router.primaryRoute());
            return;
          }
          const fields = rootFieldNames(operation, document);
          const toReplica = router.replicas.length > 0 && ![...fields].some((f) => PRIMARY_ONLY.has(f)) && !pinned.has(contextValue);
          if (!toReplica && !wantsVersion(fields)) return;
          const route = await (toReplica ? router.route() : router.routeToPrimary());
          routes.set(request, route);
          if (toReplica && !pinned.has(contextValue)) routeScope(contextValue, route);
        },
      };
    },
  };
}
