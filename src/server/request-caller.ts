import { AsyncLocalStorage } from "node:async_hooks";
import type { Caller } from "../core/policy";

const callers = new AsyncLocalStorage<Caller>();

/**
 * Runs the rest of a request's handling as `caller`, for code that Apollo calls without the
 * request's context (the persisted-query cache). Call it after the body is parsed: the body
 * parser's callbacks lose async context.
 */
export function runAsCaller<T>(caller: Caller, fn: () => T): T {
  return callers.run(caller, fn);
}

/** The caller of the request being handled, or undefined outside of one. */
export function currentCaller(): Caller | undefined {
  return callers.getStore();
}
