import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type Request, type RequestHandler, type Response } from "express";
import helmet from "helmet";

/** Where `npm run build:web` (run by `npm ci` through the prepare script) puts the pages. */
export const WEB_ROOT = path.join(__dirname, "..", "..", "dist", "web");

const YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

const STRICT = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * The dashboard's policy: its scripts, styles, fonts and data come from this origin only, nothing
 * inline runs, nothing else loads.
 */
const dashboardPolicy = helmet.contentSecurityPolicy({ useDefaults: false, directives: STRICT });

/**
 * The explorer's: the same, with GraphiQL's editor (Monaco) workers from this origin, the inline
 * styles the editor sets on its elements, and the fonts GraphiQL's stylesheet carries as data: URLs
 * (no inline script, still nothing from elsewhere).
 */
const explorerPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: { ...STRICT, styleSrc: ["'self'", "'unsafe-inline'"], fontSrc: ["'self'", "data:"], workerSrc: ["'self'"] },
});

/** A GraphQL request from a tool, not a person's browser opening the URL. */
function wantsPage(req: Request): boolean {
  if (req.method !== "GET" || req.query.query !== undefined || req.query.extensions !== undefined) return false;
  return req.accepts(["application/graphql-response+json", "application/json", "text/html"]) === "text/html";
}

/**
 * The dashboard at `/`, the GraphQL explorer at `/explorer` (and at `/graphql` for a browser: a GET
 * asking for HTML, with no query), and their hashed assets at `/assets/`, cached for a year.
 */
export function createWebRouter(root: string = WEB_ROOT): express.Router {
  const router = express.Router();
  const page = (file: string): RequestHandler => (_req, res) => sendPage(res, path.join(root, file));

  router.get("/", dashboardPolicy, page("index.html"));
  router.get("/explorer", explorerPolicy, page("explorer.html"));
  router.get("/graphql", (req, res, next) => (wantsPage(req) ? explorerPolicy(req, res, () => sendPage(res, path.join(root, "explorer.html"))) : next()));
  router.use(
    "/assets",
    // The explorer's workers are assets too: a worker takes the policy of its own script.
    explorerPolicy,
    // Gzipped for the clients that accept it (the dashboard's scripts: 1.1 MB, 370 kB gzipped).
    compression(),
    // Hashed names: a file never changes under its name, so it may be kept a year (static sets the
    // header only where no default is set).
    (_req, res, next) => {
      res.removeHeader("Cache-Control");
      next();
    },
    express.static(path.join(root, "assets"), { index: false, redirect: false, immutable: true, maxAge: YEAR_IN_SECONDS * 1000, etag: false, lastModified: false }),
  );
  return router;
}

function sendPage(res: Response, file: string): void {
  let html: string;
  try {
    html = fs.readFileSync(file, "utf8");
  } catch {
    res.status(503).json({
      errors: [{ message: `The web pages are not built (no ${path.basename(file)}): run \`npm run build:web\` (npm ci runs it)`, extensions: { code: "UNAVAILABLE" } }],
    });
    return;
  }
  // The page names its hashed assets: always asked again, so a new build is picked up at once.
  res.setHeader("Cache-Control", "no-cache");
  res.type("text/html; charset=utf-8").send(html);
}
