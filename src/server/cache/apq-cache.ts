import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Caller } from "../../core/policy";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../../graphql/context";
import { memoryStore } from "./shared-store";

/**
 * Whose persisted queries a caller shares: an API key only its own; every caller without a usable
 * key (none, or an unknown, malformed or revoked one) those of the others without one, since anyone
 * can be such a caller. null (a key without an id: the local command line) shares nothing.
 */
export function apqScope(caller: Caller): string | null {
  if (caller.kind !== "key") return "public";
  return caller.keyId === undefined ? null : `key:${caller.keyId}`;
}

/** Apollo's default cap (30 Mi characters), here counting the keys as well as the query texts. */
export const APQ_CACHE_CHARACTERS = 30 * 2 ** 20;

/** The key a caller's persisted query is kept under, or null for a caller who shares none. */
export function apqKey(caller: Caller, hash: string): string | null {
  const scope = apqScope(caller);
  return scope === null ? null : `${scope}|${hash}`;
}

// What a lookup of a caller without a scope asks the cache for: a key nothing is kept under.
const NOWHERE = "none|";
// Apollo reads and writes its persisted-query cache through this prefix of its own; a registration
// kept here is kept under it too, where Apollo's lookup finds it.
const APOLLO_PREFIX = "apq:";

/**
 * The automatic persisted queries' cache, holding every namespace (apqScope): by default an LRU of
 * `APQ_CACHE_CHARACTERS`; with Redis, the store every process of the deployment shares
 * (shared-store.ts), so a hash registered on one is known to all. Apollo reads it with the keys the
 * plugin below has scoped.
 */
export function createApqCache(store?: KeyValueCache<string>): KeyValueCache<string> {
  return store ?? memoryStore(APQ_CACHE_CHARACTERS).namespace("");
}

/**
 * One namespace of persisted queries per caller (apqScope): a hash registered by one key is
 * PERSISTED_QUERY_NOT_FOUND for every other caller, so nobody learns from a hash whether someone
 * else ran a query. Apollo asks its cache with the hash alone, so a lookup's hash is rewritten to the
 * caller's key before Apollo reads it, and a registration is kept here under the caller's key
 * (Apollo's own, under the bare hash, is turned off) once the operation has passed validation and
 * the server's own checks, as Apollo would have kept it.
 */
export function createPersistedQueryPlugin(cache: KeyValueCache<string>, ttl?: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      if (!persisted || typeof persisted !== "object") return;
      if (request.query === undefined) {
        if (typeof persisted.sha256Hash === "string") {
          const key = apqKey(contextValue.caller, persisted.sha256Hash) ?? NOWHERE + persisted.sha256Hash;
          request.extensions = { ...request.extensions, persistedQuery: { ...persisted, sha256Hash: key } };
        }
        return;
      }
      let register = false;
      return {
        async didResolveOperation(requestContext) {
          register = requestContext.metrics.persistedQueryRegister === true;
          requestContext.metrics.persistedQueryRegister = false;
        },
        async responseForOperation({ queryHash, source }) {
          const key = register && queryHash !== undefined && source !== undefined ? apqKey(contextValue.caller, queryHash) : null;
          // A store that fails to keep it costs the caller a second registration, never the answer.
          if (key !== null) await Promise.resolve(cache.set(APOLLO_PREFIX + key, source!, ttl !== undefined ? { ttl } : undefined)).catch(() => undefined);
          return null;
        },
      };
    },
  };
}
