// PostGraphile 5 calls Promise.withResolvers (ES2024), native from Node 22 only; peaceops runs on
// Node 20 too. Imported first by postgraphile-server.ts, before any PostGraphile module loads.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== "function") {
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    },
  });
}
export {};
