import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "./support/databases";
import { loadFixture } from "./support/fixture";
import { startTestApp } from "./support/http";

type App = Awaited<ReturnType<typeof startTestApp>>;

const CSRF_MESSAGE =
  "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header " +
  "(with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value " +
  "for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n";

const get = (app: App, params: Record<string, unknown>, headers: Record<string, string> = { "apollo-require-preflight": "true" }) => {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  return fetch(`${app.url}?${search}`, { headers });
};

describe("HTTP protocol of /graphql", () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await databaseTargets()[0].open();
    await loadFixture(database.db);
    app = await startTestApp(database.db, false);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  it("answers queries over GET, but a mutation over GET with 405", async () => {
    const res = await get(app, { query: `{ missions { totalCount } }` });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { missions: { totalCount: 5 } } });
    // A valid mutation, refused for its operation type before any resolver runs.
    const mutation = await get(app, { query: `mutation { deleteWpsMilestone(id: "V3BzTWlsZXN0b25lOjE=") }` });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get("allow")).toBe("POST");
    expect(await mutation.json()).toEqual({ errors: [{ message: "GET requests only support query operations, not mutation operations", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("refuses a GET without a preflight header, and the content types a browser may send without preflight", async () => {
    const plain = await get(app, { query: `{ missions { totalCount } }` }, {});
    expect(plain.status).toBe(400);
    expect(await plain.json()).toEqual({ errors: [{ message: CSRF_MESSAGE, extensions: { code: "BAD_REQUEST" } }] });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain; charset=utf-8"]) {
      const res = await fetch(app.url, { method: "POST", headers: { "content-type": type }, body: JSON.stringify({ query: `{ missions { totalCount } }` }) });
      expect(res.status, type).toBe(400);
      expect(await res.json(), type).toEqual({ errors: [{ message: CSRF_MESSAGE, extensions: { code: "BAD_REQUEST" } }] });
    }
    // A header that forces a browser's preflight is enough for GET.
    const named = await get(app, { query: `query Count { missions { totalCount } }` }, { "x-apollo-operation-name": "Count" });
    expect(await named.json()).toEqual({ data: { missions: { totalCount: 5 } } });
  });

  it("runs automatic persisted queries: register with POST, then send only the hash by GET and by POST", async () => {
    const query = `{ missions(first: 2) { edges { node { code } } } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const expected = { data: { missions: { edges: [{ node: { code: "CPM-UKRAINE" } }, { node: { code: "EUPOL COPPS" } }] } } };

    const unknown = await get(app, { extensions });
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toEqual({ errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });

    const register = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, extensions }) });
    expect(await register.json()).toEqual(expected);
    const byGet = await get(app, { extensions });
    expect(await byGet.json()).toEqual(expected);
    const byPost = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ extensions }) });
    expect(await byPost.json()).toEqual(expected);

    const mismatch = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ missions { totalCount } }`, extensions }),
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toEqual({ errors: [{ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } }] });
    const version = await get(app, { extensions: { persistedQuery: { version: 2, sha256Hash } } });
    expect(version.status).toBe(400);
    expect(await version.json()).toEqual({ errors: [{ message: "Unsupported persisted query version", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("gives every response a request id, keeping a well-formed one sent by the caller", async () => {
    const mine = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "report-2024.07_a" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(mine.headers.get("x-request-id")).toBe("report-2024.07_a");
    const odd = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "<script>" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const bad = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(bad.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers unknown paths and methods in JSON, without naming the framework", async () => {
    const missing = await fetch(app.url.replace("/graphql", "/admin"));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
    expect(missing.headers.get("x-powered-by")).toBeNull();
    const put = await fetch(app.url, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect(put.status).toBe(405);
    expect(await put.json()).toEqual({ errors: [{ message: "Apollo Server supports only GET/POST requests.", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("sends no CORS headers when no origin is configured", async () => {
    const res = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", origin: "https://evil.example" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(app.url, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows only the configured origins", async () => {
    const cors = await startTestApp(database.db, false, { corsOrigins: ["https://reports.example.org"] });
    try {
      const preflight = await fetch(cors.url, {
        method: "OPTIONS",
        headers: { origin: "https://reports.example.org", "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://reports.example.org");
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
      expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type,authorization,apollo-require-preflight,x-apollo-operation-name,x-request-id");
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
      const post = await fetch(cors.url, { method: "POST", headers: { "content-type": "application/json", origin: "https://reports.example.org" }, body: JSON.stringify({ query: "{ missions { totalCount } }" }) });
      expect(post.headers.get("access-control-allow-origin")).toBe("https://reports.example.org");
      expect(post.headers.get("access-control-expose-headers")).toBe("x-request-id");
      expect(post.headers.get("vary")).toContain("Origin");
      expect(await post.json()).toEqual({ data: { missions: { totalCount: 5 } } });
      const other = await fetch(cors.url, { method: "POST", headers: { "content-type": "application/json", origin: "https://evil.example" }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await cors.stop();
    }
    const any = await startTestApp(database.db, false, { corsOrigins: ["*"] });
    try {
      const res = await fetch(any.url, { method: "POST", headers: { "content-type": "application/json", origin: "https://anywhere.example" }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    } finally {
      await any.stop();
    }
  });

  it("keeps /healthz and /readyz", async () => {
    const health = await fetch(app.url.replace("/graphql", "/healthz"));
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(app.url.replace("/graphql", "/readyz"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", databases: [{ name: "primary", status: "ready" }], cache: { store: "memory", status: "ready" } });
  });
});
