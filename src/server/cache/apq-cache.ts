import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Caller } from "../../core/policy";
import { currentCaller } from "../request-caller";
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

/**
 * The automatic persisted queries' cache, one namespace per scope (apqScope): a hash registered by
 * one key is PERSISTED_QUERY_NOT_FOUND for every other caller, so nobody learns from a hash whether
 * someone else ran a query. Apollo calls the cache without the request, so the caller is read from
 * the request's async context (runAsCaller); outside of a request nothing is read or kept. `store`
 * holds every namespace: by default an LRU of `APQ_CACHE_CHARACTERS`; with Redis, the store every
 * process of the deployment shares (shared-store.ts), so a hash registered on one is known to all.
 */
export function createApqCache(store?: KeyValueCache<string>): KeyValueCache<string> {
  const backing = store ?? memoryStore(APQ_CACHE_CHARACTERS).namespace("");
  const scoped = (key: string): string | null => {
    const caller = currentCaller();
    const scope = caller ? apqScope(caller) : null;
    return scope === null ? null : `${scope}|${key}`;
  };
  return {
    async get(key) {
      const k = scoped(key);
      return k === null ? undefined : backing.get(k);
    },
    async set(key, value, options) {
      const k = scoped(key);
      if (k !== null) await backing.set(k, value, options);
    },
    async delete(key) {
      const k = scoped(key);
      return k === null ? false : backing.delete(k);
    },
  };
}
