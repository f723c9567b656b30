import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import Redis from "ioredis";
import type { Logger } from "../../core/logger";

/**
 * Where the server keeps what its processes share: the persisted queries and the analytics answer
 * cache. With REDIS_URL, a Redis server that every process of the deployment uses; without, this
 * process's memory (an LRU of `memoryMb`). The store is a cache, never a dependency: when Redis
 * cannot be reached, reads miss and writes are dropped at once (no queue, no wait), the log says so
 * once, and it is used again as soon as it answers.
 */
export interface SharedStore {
  /** "redis" or "memory", for /readyz and the log. */
  kind: "redis" | "memory";
  /** A namespace of the store: its keys start with `prefix`. */
  namespace(prefix: string): KeyValueCache<string>;
  /**
   * Resolves once the store is connected, or after `waitMs` when it is not (the server then starts
   * without it, and uses it when it answers).
   */
  ready(waitMs?: number): Promise<void>;
  /** Whether the store answers now (memory always does). */
  ping(): Promise<boolean>;
  /** What went wrong last, if the store does not answer; null when it does. */
  readonly problem: string | null;
  close(): Promise<void>;
}

export interface SharedStoreOptions {
  redisUrl: string | null;
  /** The in-memory store's size in bytes of keys and values (ignored with Redis). */
  memoryBytes: number;
  logger: Logger;
  /** How long a Redis command may take before it counts as a miss (default 250 ms). */
  commandTimeoutMs?: number;
}

export function createSharedStore(options: SharedStoreOptions): SharedStore {
  return options.redisUrl ? redisStore(options.redisUrl, options) : memoryStore(options.memoryBytes);
}

/** The store in this process's memory: one LRU of at most `bytes` for all namespaces. */
export function memoryStore(bytes: number): SharedStore {
  const lru = new InMemoryLRUCache<string>({ maxSize: bytes, sizeCalculation: (value: string, key: string) => value.length + key.length });
  return {
    kind: "memory",
    problem: null,
    namespace: (prefix) => ({
      get: (key) => lru.get(prefix + key),
      set: (key, value, opts) => lru.set(prefix + key, value, opts),
      delete: (key) => lru.delete(prefix + key),
    }),
    ping: async () => true,
    ready: async () => undefined,
    close: async () => undefined,
  };
}

function redisStore(url: string, options: SharedStoreOptions): SharedStore {
  const client = new Redis(url, {
    // A command while disconnected fails at once instead of waiting in a queue: a request never
    // waits for a Redis that is down.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 250,
    connectTimeout: 2000,
    // Reconnects for ever, at most every 2 s.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  });
  let problem: string | null = null;
  const failed = (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    if (problem === null) options.logger.warn({ redis: redact(url), err: message }, "Redis does not answer: the shared cache and persisted queries are skipped until it does");
    problem = message;
  };
  client.on("error", failed);
  client.on("ready", () => {
    if (problem !== null) options.logger.info({ redis: redact(url) }, "Redis answers again: the shared cache is back");
    problem = null;
  });
  const store: SharedStore = {
    kind: "redis",
    get problem() {
      return problem;
    },
    namespace: (prefix) => ({
      async get(key) {
        try {
          return (await client.get(prefix + key)) ?? undefined;
        } catch (err) {
          failed(err);
          return undefined;
        }
      },
      async set(key, value, opts) {
        try {
          if (opts?.ttl) await client.set(prefix + key, value, "EX", Math.max(1, Math.ceil(opts.ttl)));
          else await client.set(prefix + key, value);
        } catch (err) {
          failed(err);
        }
      },
      async delete(key) {
        try {
          return (await client.del(prefix + key)) > 0;
        } catch (err) {
          failed(err);
          return false;
        }
      },
    }),
    async ready(waitMs = 2000) {
      if (client.status === "ready") return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done() {
          clearTimeout(timer);
          client.off("ready", done);
          resolve();
        }
        client.on("ready", done);
      });
    },
    async ping() {
      try {
        return (await client.ping()) === "PONG";
      } catch (err) {
        failed(err);
        return false;
      }
    },
    async close() {
      client.disconnect();
    },
  };
  return store;
}

/** A Redis URL for the log: never its password. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable URL)";
  }
}

/**
 * A namespace of a shared store with a copy in this process's memory (an LRU of at most `bytes`) of
 * what it read or wrote: a hit is served without a round trip to Redis. Only for entries that never
 * change under their key (the answer cache's keys hold the data version), so a local copy is exactly
 * as current as the shared one; and while Redis is down, the answers this process holds still serve.
 */
export function withLocalCopies(shared: KeyValueCache<string>, bytes: number): KeyValueCache<string> {
  const local = new InMemoryLRUCache<string>({ maxSize: bytes, sizeCalculation: (value: string, key: string) => value.length + key.length });
  return {
    async get(key) {
      const mine = await local.get(key);
      if (mine !== undefined) return mine;
      const theirs = await shared.get(key);
      if (theirs !== undefined) await local.set(key, theirs);
      return theirs;
    },
    async set(key, value, opts) {
      await local.set(key, value, opts);
      await shared.set(key, value, opts);
    },
    async delete(key) {
      await local.delete(key);
      await shared.delete(key);
    },
  };
}
