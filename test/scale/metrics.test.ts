import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricsRefusal } from "../../src/server/metrics/metrics.route";
import { databaseTargets } from "../support/databases";
import { useFixtureApp } from "../support/fixture-app";
import { startTestApp, type TestApp } from "../support/http";
import { postAt } from "../support/post";
import { parsePrometheus, sampleValue, type Sample } from "../support/prometheus";

const MISSIONS = `query Missions { missions(first: 2) { totalCount edges { node { code } } } }`;
const KEYS = `query Keys { apiKeys { name } }`;
const SHARE = `query Share { femaleParticipation(from: "2010-01-01", to: "2012-12-31", minCellSize: 0) { total { officers female } } }`;

async function scrape(app: TestApp, token?: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(new URL("/metrics", app.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

/** Scrapes until `ready` holds: a request's metrics are taken when its response has been sent. */
async function scrapeUntil(app: TestApp, ready: (samples: Sample[]) => boolean): Promise<Sample[]> {
  let samples: Sample[] = [];
  for (let i = 0; i < 50; i++) {
    samples = parsePrometheus((await scrape(app)).text);
    if (ready(samples)) return samples;
    await new Promise((r) => setTimeout(r, 20));
  }
  return samples;
}

describe("who may read /metrics", () => {
  it("is loopback only without a token, and the token's holders only with one", () => {
    expect(metricsRefusal({ token: null }, "127.0.0.1", undefined)).toBeNull();
    expect(metricsRefusal({ token: null }, "::1", undefined)).toBeNull();
    expect(metricsRefusal({ token: null }, "::ffff:127.0.0.1", undefined)).toBeNull();
    expect(metricsRefusal({ token: null }, "10.0.0.7", undefined)).toEqual({
      status: 403,
      message: "/metrics answers callers on this machine only; set PEACEOPS_METRICS_TOKEN to let a scraper elsewhere in with a token",
    });
    const token = "0123456789abcdef0123";
    expect(metricsRefusal({ token }, "10.0.0.7", `Bearer ${token}`)).toBeNull();
    for (const header of [undefined, "Bearer 0123456789abcdef012", `Bearer ${token}x`, token]) {
      expect(metricsRefusal({ token }, "127.0.0.1", header)?.status).toBe(401);
    }
  });
});

describe.each(databaseTargets())("/metrics on the $name database", (target) => {
  const fx = useFixtureApp(target, { role: "ANALYST" });
  let app: TestApp;
  let withToken: TestApp;
  const TOKEN = "a-metrics-token-of-the-tests";
  beforeAll(async () => {
    app = await startTestApp(fx.database.db, true, { metrics: { token: null } });
    withToken = await startTestApp(fx.database.db, true, { metrics: { token: TOKEN } });
  });
  afterAll(async () => {
    await app?.stop();
    await withToken?.stop();
  });

  it("is not served unless PEACEOPS_METRICS is on", async () => {
    const res = await fetch(new URL("/metrics", fx.app.url));
    expect(res.status).toBe(404);
  });

  it("counts requests, operations, outcomes, SQL statements and the answer cache as the callers saw them", async () => {
    const seen: { status: number; statements: number; cache: string | null }[] = [];
    const send = async (query: string, token?: string | null) => {
      const r = await postAt(app.url, { query }, token ?? undefined);
      seen.push({ status: r.status, statements: r.body.extensions?.sql?.statements ?? 0, cache: r.cache });
      return r;
    };
    for (let i = 0; i < 3; i++) expect((await send(MISSIONS)).body.data.missions.totalCount).toBe(5);
    expect((await send(KEYS)).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await send(SHARE, fx.tokens.ANALYST)).cache).toBe("miss");
    expect((await send(SHARE, fx.tokens.ANALYST)).cache).toBe("hit");
    expect((await send(`{ nosuchfield }`)).status).toBe(400);

    const samples = await scrapeUntil(app, (s) => sampleValue(s, "peaceops_http_request_duration_seconds_count", { route: "/graphql" }) === seen.length);
    expect(sampleValue(samples, "peaceops_http_request_duration_seconds_count", { route: "/graphql" })).toBe(7);
    expect(sampleValue(samples, "peaceops_http_requests_total", { route: "/graphql", status: "200" })).toBe(seen.filter((s) => s.status === 200).length);
    expect(sampleValue(samples, "peaceops_http_requests_total", { route: "/graphql", status: "400" })).toBe(1);
    expect(sampleValue(samples, "peaceops_graphql_operations_total", { operation_name: "Missions", operation_type: "query", outcome: "ok" })).toBe(3);
    expect(sampleValue(samples, "peaceops_graphql_operations_total", { operation_name: "Keys", operation_type: "query", outcome: "error" })).toBe(1);
    expect(sampleValue(samples, "peaceops_graphql_operations_total", { operation_name: "Share", operation_type: "query", outcome: "ok" })).toBe(2);
    expect(sampleValue(samples, "peaceops_answer_cache_lookups_total", { result: "hit" })).toBe(seen.filter((s) => s.cache === "hit").length);
    expect(sampleValue(samples, "peaceops_answer_cache_lookups_total", { result: "miss" })).toBe(seen.filter((s) => s.cache === "miss").length);
    // The statements each response reported (extensions.sql), summed.
    const statements = seen.reduce((sum, s) => sum + s.statements, 0);
    expect(statements).toBeGreaterThan(0);
    expect(sampleValue(samples, "peaceops_sql_statements_per_request_sum", { route: "/graphql" })).toBe(statements);
    expect(sampleValue(samples, "peaceops_sql_statements_per_request_count", { route: "/graphql" })).toBe(7);
    // The runtime's own, and the pool's connections.
    expect(sampleValue(samples, "nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, "peaceops_db_pool_connections", { database: "primary", state: "open" })).toBeGreaterThanOrEqual(1);
    expect(samples.some((s) => s.name.startsWith("peaceops_replica_"))).toBe(false);
  });

  it("is Prometheus's text format, never stored, and keeps operation names to a hundred label values", async () => {
    const res = await scrape(app);
    expect([res.status, res.type]).toEqual([200, "text/plain; version=0.0.4; charset=utf-8"]);
    const headers = (await fetch(new URL("/metrics", app.url))).headers;
    expect(headers.get("cache-control")).toBe("no-store");
    for (let i = 0; i < 110; i++) expect((await postAt(app.url, { query: `query Name${i} { __typename }` })).status).toBe(200);
    const samples = await scrapeUntil(app, (s) => (sampleValue(s, "peaceops_graphql_operations_total", { operation_name: "other", operation_type: "query", outcome: "ok" }) ?? 0) >= 13);
    const names = new Set(samples.filter((s) => s.name === "peaceops_graphql_operations_total").map((s) => s.labels.operation_name));
    // Missions, Keys and Share came first; Name0..Name96 fill the hundred; Name97..Name109 are "other".
    expect(names.size).toBe(101);
    expect(names.has("Name96") && !names.has("Name97")).toBe(true);
    expect(sampleValue(samples, "peaceops_graphql_operations_total", { operation_name: "other", operation_type: "query", outcome: "ok" })).toBe(13);
  });

  it("asks for PEACEOPS_METRICS_TOKEN's token when one is set", async () => {
    for (const token of [undefined, "not-the-metrics-token-at-all"]) {
      const res = await fetch(new URL("/metrics", withToken.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect(await res.json()).toEqual({ error: "/metrics needs the token of PEACEOPS_METRICS_TOKEN, as Authorization: Bearer <token>" });
    }
    const res = await scrape(withToken, TOKEN);
    expect(res.status).toBe(200);
    expect(res.text).toContain("# TYPE peaceops_http_requests_total counter");
  });
});
