import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { startTestApp } from "../support/http";
import { WEB_DIST } from "../support/browser";

const DASHBOARD_POLICY = "default-src 'none';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';frame-ancestors 'none';base-uri 'none';form-action 'none'";
const EXPLORER_POLICY = "default-src 'none';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;connect-src 'self';frame-ancestors 'none';base-uri 'none';form-action 'none';worker-src 'self'";

describe.each(databaseTargets().slice(0, 1))("the pages' routes ($name)", (target) => {
  const fx = useFixtureApp(target);
  let at: (p: string) => string;
  beforeAll(() => {
    at = (p) => `http://127.0.0.1:${fx.app.port}${p}`;
  });

  it("serves the dashboard at / under a policy that lets nothing inline or from elsewhere run, asked again each time", async () => {
    const res = await fetch(at("/"));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toBe(DASHBOARD_POLICY);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(html).toBe(fs.readFileSync(path.join(WEB_DIST, "index.html"), "utf8"));
    // No inline script: the only scripts are files of this origin.
    expect([...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1].trim())).toEqual([""]);
    const script = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)">/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(at(script!));
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await asset.text()).toBe(fs.readFileSync(path.join(WEB_DIST, script!), "utf8"));
    // Sent gzipped to a client that accepts it (fetch undoes the encoding: the text above).
    expect(asset.headers.get("content-encoding")).toBe("gzip");
    expect(asset.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("gives a browser opening /graphql the explorer, and a tool the API as before", async () => {
    const page = await fetch(at("/graphql"), { headers: { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(EXPLORER_POLICY);
    expect(await page.text()).toBe(fs.readFileSync(path.join(WEB_DIST, "explorer.html"), "utf8"));
    const explorer = await fetch(at("/explorer"));
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain("<title>peaceops · GraphQL explorer</title>");

    // A GET with a query is a GraphQL request, whatever it accepts: Apollo's CSRF rule still holds.
    const withQuery = await fetch(at("/graphql?query=%7B__typename%7D"), { headers: { accept: "text/html" } });
    expect(withQuery.status).toBe(400);
    expect(await withQuery.text()).toContain("Cross-Site Request Forgery");
    // A tool's GET without a query still gets Apollo's answer, not a page.
    const tool = await fetch(at("/graphql"), { headers: { accept: "application/json" } });
    expect(tool.headers.get("content-type")).toMatch(/^application\/json/);
    const post = await fx.app.gql("{ __typename }");
    expect(post.data).toEqual({ __typename: "Query" });
  });

  it("answers an unknown asset with the API's 404", async () => {
    const res = await fetch(at("/assets/nothing-here.js"));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
  });

  describe("without a build", () => {
    let empty: string;
    let app: Awaited<ReturnType<typeof startTestApp>>;
    beforeAll(async () => {
      empty = fs.mkdtempSync(path.join(os.tmpdir(), "no-web-"));
      app = await startTestApp(fx.database.db, false, { webRoot: empty });
    });
    afterAll(async () => {
      await app?.stop();
      fs.rmSync(empty, { recursive: true, force: true });
    });

    it("says to build the pages, and the API still answers", async () => {
      const res = await fetch(`http://127.0.0.1:${app.port}/`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        errors: [{ message: "The web pages are not built (no index.html): run `npm run build:web` (npm ci runs it)", extensions: { code: "UNAVAILABLE" } }],
      });
      expect((await app.gql("{ __typename }")).data).toEqual({ __typename: "Query" });
    });
  });
});
