import { describe, expect, it } from "vitest";
import { databaseTargets } from "./support/databases";
import { useFixtureApp } from "./support/fixture-app";
import { startTestApp } from "./support/http";

/** What every response carries, whatever the route, status or caller. */
const EVERY_RESPONSE: Record<string, string> = {
  "content-security-policy": "default-src 'none';frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
  "cache-control": "no-store",
};
const headersOf = (res: Response) => Object.fromEntries(Object.keys(EVERY_RESPONSE).map((name) => [name, res.headers.get(name)]));

const NAMES_QUERY = `{ officers(first: 2) { edges { node { personnelNumber givenName familyName } } } }`;
const NAMES = { data: { officers: { edges: [
  { node: { personnelNumber: "P-001", givenName: "Ada", familyName: "Tremblay" } },
  { node: { personnelNumber: "P-002", givenName: "Luc", familyName: "Gagnon" } },
] } } };

describe("response headers", () => {
  const fx = useFixtureApp(databaseTargets()[0], { traceSql: false });
  const at = (path: string) => `http://127.0.0.1:${fx.app.port}${path}`;
  const admin = () => ({ authorization: `Bearer ${fx.tokens.ADMIN}` });
  const json = { "content-type": "application/json" };

  /** Every route's answers, each with what it must be (so a header is checked on the answer meant). */
  const cases: { name: string; request: () => Promise<Response>; status: number; type: string; body?: (text: string) => void }[] = [
    {
      name: "POST /graphql, names for an ADMIN",
      request: () => fetch(at("/graphql"), { method: "POST", headers: { ...json, ...admin() }, body: JSON.stringify({ query: NAMES_QUERY }) }),
      status: 200, type: "application/json; charset=utf-8", body: (text) => expect(JSON.parse(text)).toEqual(NAMES),
    },
    {
      name: "GET /graphql, names for an ADMIN",
      request: () => fetch(at(`/graphql?${new URLSearchParams({ query: NAMES_QUERY })}`), { headers: { "apollo-require-preflight": "true", ...admin() } }),
      status: 200, type: "application/json; charset=utf-8", body: (text) => expect(JSON.parse(text)).toEqual(NAMES),
    },
    {
      name: "POST /graphql, anonymous",
      request: () => fetch(at("/graphql"), { method: "POST", headers: json, body: JSON.stringify({ query: "{ missions { totalCount } }" }) }),
      status: 200, type: "application/json; charset=utf-8", body: (text) => expect(JSON.parse(text)).toEqual({ data: { missions: { totalCount: 5 } } }),
    },
    {
      name: "POST /graphql, a GraphQL error",
      request: () => fetch(at("/graphql"), { method: "POST", headers: json, body: JSON.stringify({ query: "{ nope }" }) }),
      status: 400, type: "application/json; charset=utf-8", body: (text) => expect(JSON.parse(text).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED"),
    },
    {
      name: "POST /graphql, malformed JSON (the app's error handler)",
      request: () => fetch(at("/graphql"), { method: "POST", headers: json, body: "{" }),
      status: 400, type: "application/json; charset=utf-8",
      body: (text) => expect(JSON.parse(text)).toEqual({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] }),
    },
    {
      name: "PUT /graphql (refused by Apollo)",
      request: () => fetch(at("/graphql"), { method: "PUT", headers: json, body: "{}" }),
      status: 405, type: "application/json; charset=utf-8",
    },
    {
      name: "GET /export/officers.csv with names, for an ADMIN (streamed)",
      request: () => fetch(at("/export/officers.csv?includeNames=true"), { headers: admin() }),
      status: 200, type: "text/csv; charset=utf-8", body: (text) => expect(text.split("\n")[1]).toBe("P-001,Ada,Tremblay,FEMALE,Sergeant,RCMP,synthetic demo"),
    },
    {
      name: "GET /export/femaleParticipation.json, for an ADMIN",
      request: () => fetch(at("/export/femaleParticipation.json?to=2023-12-31"), { headers: admin() }),
      status: 200, type: "application/json; charset=utf-8", body: (text) => expect(Array.isArray(JSON.parse(text))).toBe(true),
    },
    {
      name: "GET /export/",
      request: () => fetch(at("/export/")),
      status: 200, type: "application/json; charset=utf-8", body: (text) => expect(JSON.parse(text).entities.length).toBeGreaterThan(0),
    },
    {
      name: "GET /export/officers.csv without a key",
      request: () => fetch(at("/export/officers.csv")),
      status: 401, type: "application/json; charset=utf-8",
    },
    {
      name: "GET /export/nothing.csv",
      request: () => fetch(at("/export/nothing.csv")),
      status: 404, type: "application/json; charset=utf-8",
    },
    { name: "GET /healthz", request: () => fetch(at("/healthz")), status: 200, type: "application/json; charset=utf-8", body: (text) => expect(JSON.parse(text)).toEqual({ status: "ok" }) },
    { name: "GET /readyz", request: () => fetch(at("/readyz")), status: 200, type: "application/json; charset=utf-8", body: (text) => expect(JSON.parse(text)).toEqual({ status: "ready", databases: [{ name: "primary", status: "ready" }], cache: { store: "memory", status: "ready" } }) },
    {
      name: "GET /admin (unknown path)",
      request: () => fetch(at("/admin")),
      status: 404, type: "application/json; charset=utf-8",
      body: (text) => expect(JSON.parse(text)).toEqual({ errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] }),
    },
  ];

  it.each(cases)("$name: the API's headers, no ETag", async ({ request, status, type, body }) => {
    const res = await request();
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe(type);
    body?.(text);
    expect(headersOf(res)).toEqual(EVERY_RESPONSE);
    expect(res.headers.get("etag")).toBeNull();
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("gives a CORS preflight the same headers but the CSP (it has no body, and is answered before any route)", async () => {
    const cors = await startTestApp(fx.database.db, false, { corsOrigins: ["https://reports.example.org"] });
    try {
      const preflight = await fetch(cors.url, { method: "OPTIONS", headers: { origin: "https://reports.example.org", "access-control-request-method": "POST" } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://reports.example.org");
      expect(headersOf(preflight)).toEqual({ ...EVERY_RESPONSE, "content-security-policy": null });
      const post = await fetch(cors.url, { method: "POST", headers: { "content-type": "application/json", origin: "https://reports.example.org" }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect(post.headers.get("access-control-allow-origin")).toBe("https://reports.example.org");
      expect(headersOf(post)).toEqual(EVERY_RESPONSE);
    } finally {
      await cors.stop();
    }
  });
});
