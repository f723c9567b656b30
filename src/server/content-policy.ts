import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The Content-Security-Policy of the API's own responses (JSON, CSV): nothing may load from them
 * and no page may frame them. Set per route, so that a route serving a page (an explorer at GET
 * /graphql for text/html, say) can give that page a policy of its own.
 */
export const apiContentPolicy: RequestHandler = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
});
