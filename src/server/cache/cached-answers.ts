import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Request, RequestHandler } from "express";
import type { ReadRouter } from "../../core/db/read-router";
import type { Caller } from "../../core/policy";
import { recordOf } from "../request-log";
import { callerClass } from "./answer-cache.plugin";
import { answerKey } from "./answer-key";
import type { CacheableTexts } from "./cacheable-texts";

export interface CachedAnswersOptions {
  router: ReadRouter;
  /** The answer cache's store: the one the GraphQL plugin keeps answers in. */
  store: KeyValueCache<string>;
  schemaTag: string;
  texts: CacheableTexts;
  /** PEACEOPS_TRACE_SQL: answers carry `extensions.sql`, as GraphQL's would. */
  traceSql: boolean;
  callerOf(req: Request): Caller;
}

/** A client that takes plain JSON (GraphQL's answer to anything else goes through Apollo). */
const plainJson = (accept: string | undefined) => accept === undefined || accept === "*/*" || /^application\/json(;\s*charset=utf-8)?$/i.test(accept);

/**
 * Answers a cached analytics answer before GraphQL's pipeline. Only a request that GraphQL itself
 * found cacheable before (the same operation text and name, in `texts`), sent as one JSON POST with
 * the query's text and no extensions (no persisted-query hash to check), is looked up here, under
 * the primary's data version read after the request arrived, with the caller's class and the
 * variables: the key the GraphQL plugin keeps answers under, so a hit here is what GraphQL would
 * have answered from the cache, byte for byte. Anything else, a miss, or a failure of the lookup
 * goes on to GraphQL as before.
 */
export function cachedAnswers(o: CachedAnswersOptions): RequestHandler {
  const extensions = o.traceSql ? ',"extensions":{"sql":{"statements":0,"ms":0}}' : "";
  return (req, res, next) => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (req.method !== "POST" || !body || typeof body !== "object" || Array.isArray(body) || typeof body.query !== "string" || body.extensions !== undefined) return next();
    const operationName = typeof body.operationName === "string" ? body.operationName : body.operationName == null ? null : undefined;
    const variables = body.variables == null ? null : typeof body.variables === "object" && !Array.isArray(body.variables) ? (body.variables as Record<string, unknown>) : undefined;
    if (operationName === undefined || variables === undefined || !plainJson(req.headers.accept)) return next();
    const resolvedName = o.texts.lookup(body.query, operationName);
    if (resolvedName === undefined) return next();
    const query = body.query;
    const caller = o.callerOf(req);
    void (async () => {
      const { primaryVersion } = await o.router.routeToPrimary();
      if (primaryVersion === null) return undefined;
      return o.store.get(answerKey(o.schemaTag, primaryVersion, callerClass(caller), query, operationName, variables));
    })().then(
      (cached) => {
        if (cached === undefined) return next();
        const record = recordOf(res);
        if (record) {
          record.caller = caller.kind === "key" ? caller.name : caller.kind;
          record.operationName = resolvedName;
          record.operation = "query";
        }
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("x-peaceops-cache", "hit");
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.status(200).send(`{"data":${cached}${extensions}}\n`);
      },
      () => next(),
    );
  };
}
