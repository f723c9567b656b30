import express, { type RequestHandler } from "express";
import type { Limits } from "./limits";

/** A rejection before GraphQL, answered by the app's error handler in GraphQL's error shape. */
export class HttpRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** JSON bodies up to `maxBodyBytes`; larger ones are refused before they are read in full. */
export function jsonBody(limits: Pick<Limits, "maxBodyBytes">): RequestHandler {
  return express.json({ limit: limits.maxBodyBytes });
}

/**
 * A JSON array is a batch of operations. Off by default (limit 1): a batch multiplies what one
 * request may cost, and no client of this API needs it.
 */
export function batchLimit(limits: Pick<Limits, "maxBatch">): RequestHandler {
  return (req, _res, next) => {
    if (!Array.isArray(req.body)) return next();
    if (limits.maxBatch <= 1) {
      return next(new HttpRequestError(400, "QUERY_TOO_COMPLEX", "Batched requests are not accepted (batch limit 1): send one operation per request"));
    }
    if (req.body.length > limits.maxBatch) {
      return next(new HttpRequestError(400, "QUERY_TOO_COMPLEX", `A batch may hold at most ${limits.maxBatch} operations (the batch limit), got ${req.body.length}`));
    }
    next();
  };
}
