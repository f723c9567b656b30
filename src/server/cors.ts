import cors from "cors";
import type { RequestHandler } from "express";

/**
 * Browser access for the configured origins only; none configured = no CORS headers at all, so
 * browsers keep pages of other sites from reading responses. Tokens travel in Authorization, never
 * in cookies, so credentials are not allowed.
 */
export function corsFor(origins: readonly string[]): RequestHandler | null {
  if (origins.length === 0) return null;
  return cors({
    origin: origins.includes("*") ? "*" : [...origins],
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"],
    exposedHeaders: ["x-request-id"],
    credentials: false,
    maxAge: 600,
  });
}
