import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Caller } from "../core/policy";
import { currentCaller } from "./request-caller";

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

/**
 * The automatic persisted queries' cache, one namespace per scope (apqScope): a hash registered by
 * one key is PERSISTED_QUERY_NOT_FOUND for every other caller, so nobody learns from a hash whether
 * someone else ran a query. Apollo calls the cache without the request, so the caller is read from
 * the request's async context (runAsCaller); outside of a request nothing is read or kept. One LRU
 * holds every namespace, up to `maxCharacters`.
 */
export function createApqCache(maxCharacters = APQ_CACHE_CHARACTERS): KeyValueCache<string> {
  const store = new InMemoryLRUCache<string>({ maxSize: maxCharacters, sizeCalculation: (value: string, key: string) => value.length + key.length });
  const scoped = (key: string): string | null => {
    const caller = currentCaller();
    const scope = caller ? apqScope(caller) : null;
    return scope === null ? null : `${scope}|${key}`;
  };
  return {
    async get(key) {
      const k = scoped(key);
      return k === null ? undefined : store.get(k);
    },
    async set(key, value, options) {
      const k = scoped(key);
      if (k !== null) await store.set(k, value, options);
    },
    async delete(key) {
      const k = scoped(key);
      return k === null ? false : store.delete(k);
    },
  };
}
