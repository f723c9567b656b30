import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The headers every response of this API carries, whatever the route: nosniff, no referrer, no
 * framing (X-Frame-Options for browsers without `frame-ancestors`), same-origin resource and
 * opener policies, HSTS, and helmet's other defaults. `Cache-Control: no-store` as the default:
 * a route that may be cached says so itself (Apollo computes the header of each GraphQL response).
 * The Content-Security-Policy is not here: each route sets its own (content-policy.ts).
 */
export function securityHeaders(): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: false,
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginResourcePolicy: { policy: "same-origin" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
  });
  return (req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    headers(req, res, next);
  };
}
