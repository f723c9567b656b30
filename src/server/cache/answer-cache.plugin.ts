import type { ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { grantedRoles } from "../../core/auth/roles";
import type { Caller } from "../../core/policy";
import type { Context } from "../../graphql/context";
import { answerKey } from "./answer-key";
import type { CacheableTexts } from "./cacheable-texts";
import { routeOf } from "./read-routing.plugin";
import { rootFieldNames } from "./root-fields";

/**
 * The analytics reports: answers that take a report's time to compute and depend on nothing but the
 * data, the arguments and the caller's role. Only an operation made of these alone is cached.
 */
export const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  "countryCoverage", "femaleParticipation", "headcountSeries", "reconciliation", "targetProgress", "trainingsDelivered", "unContributionShare",
]);

export const cacheable = (fields: ReadonlySet<string>): boolean => fields.size > 0 && [...fields].every((f) => CACHEABLE_FIELDS.has(f));

/**
 * Whose answers a caller may share: the same kind of caller with the same granted roles. An ADMIN's
 * answer is never an ANALYST's, nor an anonymous caller's; a caller whose token is unusable shares
 * with nobody but such callers.
 */
export function callerClass(caller: Caller): string {
  if (caller.kind !== "key") return caller.kind;
  return `key:${[...grantedRoles(caller.roles)].sort().join("+")}${caller.cli ? ":cli" : ""}`;
}

/**
 * The analytics answer cache. An answer is kept under (the schema's tag, the data version of the
 * database that computed it, the caller's class, the operation's text and name, its variables) and
 * looked up under the primary's data version of the moment: every committed write moves that
 * version on, so no answer is served after a write it does not include, and no answer outlives one.
 * Answers with errors are not kept. `X-Peaceops-Cache: hit | miss` says which it was. The texts of
 * cacheable operations are noted in `texts`, so that the next request of the same text can be
 * answered from the cache before GraphQL's pipeline (cached-answers.ts).
 */
export function createAnswerCachePlugin(store: KeyValueCache<string>, schemaTag: string, texts: CacheableTexts): ApolloServerPlugin<Context> {
  const keyOf = (version: number, request: GraphQLRequest, source: string, caller: Caller) =>
    answerKey(schemaTag, version, callerClass(caller), source, request.operationName, request.variables);
  return {
    async requestDidStart() {
      let fields: ReadonlySet<string> | null = null;
      let hit = false;
      return {
        async didResolveOperation({ operation, document }) {
          if (operation?.operation === "query") fields = rootFieldNames(operation, document);
        },
        async responseForOperation({ request, source, contextValue, response, operationName }) {
          const route = routeOf(request);
          if (!fields || !cacheable(fields) || !route || route.primaryVersion === null) return null;
          // Asked again as it is, it is looked up before GraphQL (cached-answers.ts).
          texts.add(source, request.operationName, operationName);
          const cached = await store.get(keyOf(route.primaryVersion, request, source, contextValue.caller));
          if (cached === undefined) return null;
          hit = true;
          return { http: response.http, body: { kind: "single", singleResult: { data: JSON.parse(cached) as Record<string, unknown> } } };
        },
        async willSendResponse({ request, source, contextValue, response }) {
          const route = routeOf(request);
          if (!fields || !cacheable(fields) || !route || route.version === null || source === undefined) return;
          response.http.headers.set("x-peaceops-cache", hit ? "hit" : "miss");
          if (hit || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          await store.set(keyOf(route.version, request, source, contextValue.caller), JSON.stringify(data));
        },
      };
    },
  };
}
