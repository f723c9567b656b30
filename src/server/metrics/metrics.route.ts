import { timingSafeEqual } from "node:crypto";
import cluster from "node:cluster";
import type { RequestHandler } from "express";
import type { Metrics } from "./metrics";
import { askSupervisor, shareWithSupervisor } from "./cluster-metrics";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

export interface MetricsAccess {
  /** PEACEOPS_METRICS_TOKEN: when set, a scrape must send it as a bearer token; otherwise only loopback callers may scrape. */
  token: string | null;
}

/** Whether a scrape may read the metrics, and if not, what it needs (status and message). */
export function metricsRefusal(access: MetricsAccess, remoteAddress: string | undefined, authorization: string | undefined): { status: number; message: string } | null {
  if (access.token) {
    const sent = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1] ?? "";
    const a = Buffer.from(sent);
    const b = Buffer.from(access.token);
    if (a.length === b.length && timingSafeEqual(a, b)) return null;
    return { status: 401, message: "/metrics needs the token of PEACEOPS_METRICS_TOKEN, as Authorization: Bearer <token>" };
  }
  if (remoteAddress && LOOPBACK.has(remoteAddress)) return null;
  return { status: 403, message: "/metrics answers callers on this machine only; set PEACEOPS_METRICS_TOKEN to let a scraper elsewhere in with a token" };
}

/**
 * GET /metrics in Prometheus's text format, for the whole deployment (every worker's metrics summed
 * when there are several), to loopback callers or to those with PEACEOPS_METRICS_TOKEN's token.
 */
export function metricsRoute(metrics: Metrics, access: MetricsAccess): RequestHandler {
  const workers = cluster.isWorker;
  if (workers) shareWithSupervisor(metrics.registry);
  return async (req, res, next) => {
    const refusal = metricsRefusal(access, req.socket.remoteAddress, req.headers.authorization);
    if (refusal) {
      if (refusal.status === 401) res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
      res.status(refusal.status).json({ error: refusal.message });
      return;
    }
    try {
      const text = workers ? await askSupervisor() : await metrics.registry.metrics();
      res.setHeader("Content-Type", metrics.registry.contentType);
      res.setHeader("Cache-Control", "no-store");
      res.send(text);
    } catch (err) {
      next(err);
    }
  };
}
