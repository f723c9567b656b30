import http from "node:http";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliWorkspace, stop } from "../support/cli";
import { databaseTargets, type TestDatabase } from "../support/databases";
import { loadFixture } from "../support/fixture";
import { parsePrometheus, sampleValue } from "../support/prometheus";
import { startRedis, type TestRedis } from "../support/redis";

const { serve, cleanup } = cliWorkspace("peaceops-workers");
afterAll(cleanup);

/** A request on a connection of its own, so that each may go to another worker. */
function request(url: string, body?: unknown): Promise<{ worker: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: body === undefined ? "GET" : "POST", agent: false, headers: { "content-type": "application/json", connection: "close" } }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ worker: res.headers["x-peaceops-worker"] as string | undefined, text }));
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
let sent = 0;
async function post(url: string, body: unknown): Promise<{ worker: string | undefined; body: any }> {
  sent++;
  const res = await request(url, body);
  return { worker: res.worker, body: JSON.parse(res.text) };
}

const postgres = databaseTargets().filter((t) => t.name === "postgres");

describe.each(postgres)("PEACEOPS_WORKERS=2 on $name", (target) => {
  let database: TestDatabase;
  let redis: TestRedis;
  beforeAll(async () => {
    database = await target.open();
    await loadFixture(database.db);
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
    await database?.close();
  });

  it("serves from two processes on one port, shares persisted queries through Redis, and stops them all", async () => {
    const server = await serve({ DATABASE_URL: database.url, PEACEOPS_WORKERS: "2", REDIS_URL: redis.url, LOG_LEVEL: "info", PEACEOPS_METRICS: "on" });
    try {
      expect(server.output()).toContain("2 server processes (PEACEOPS_WORKERS)");
      const query = `{ missions(first: 1) { totalCount } }`;
      const hash = createHash("sha256").update(query).digest("hex");
      const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
      // Register on worker 1, then ask by hash alone until worker 2 answers.
      let registeredOn: string | undefined;
      for (let i = 0; i < 40 && registeredOn === undefined; i++) {
        const res = await post(server.url, { query, extensions });
        expect(res.body.data.missions.totalCount).toBe(5);
        registeredOn = res.worker;
      }
      expect(["1", "2"]).toContain(registeredOn);
      const seen = new Set<string>();
      for (let i = 0; i < 40 && seen.size < 2; i++) {
        const res = await post(server.url, { extensions });
        expect(res.body).toEqual({ data: { missions: { totalCount: 5 } } });
        seen.add(res.worker!);
      }
      expect([...seen].sort()).toEqual(["1", "2"]);

      // /metrics counts the requests of both, whichever of them answers the scrape.
      const metricsUrl = new URL("/metrics", server.url).toString();
      const scrapedOn = new Set<string>();
      for (let i = 0; i < 40 && scrapedOn.size < 2; i++) {
        const res = await request(metricsUrl);
        const samples = parsePrometheus(res.text);
        expect(sampleValue(samples, "peaceops_http_requests_total", { route: "/graphql", status: "200" })).toBe(sent);
        expect(sampleValue(samples, "peaceops_graphql_operations_total", { operation_name: "anonymous", operation_type: "query", outcome: "ok" })).toBe(sent);
        scrapedOn.add(res.worker!);
      }
      expect([...scrapedOn].sort()).toEqual(["1", "2"]);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
    const log = server.output();
    expect(log).toContain('"worker":1');
    expect(log).toContain('"worker":2');
    expect(log.match(/"msg":"stopped"/g)?.length).toBe(3);
    // Each process writes its log in the background, several lines at once: on the one stderr they
    // share, every line still arrives whole (it parses), and none is lost at the stop, not even
    // the requests answered just before it.
    const lines = log.split("\n").filter((l) => l.startsWith("{"));
    const records = lines.map((l) => JSON.parse(l) as { msg?: string; path?: string; worker?: number });
    const graphqlLines = records.filter((r) => r.msg === "request" && r.path === "/graphql");
    expect(graphqlLines.length).toBe(sent);
    expect(new Set(graphqlLines.map((r) => r.worker))).toEqual(new Set([1, 2]));
  }, 60_000);
});

describe("PEACEOPS_WORKERS on the embedded database", () => {
  it("serves from one process, and says why", async () => {
    const server = await serve({ PEACEOPS_WORKERS: "2", PEACEOPS_SEED: "reference" });
    try {
      const res = await post(server.url, { query: `{ missions(first: 1) { totalCount } }` });
      expect(res.worker).toBeUndefined();
      expect(res.body.data.missions.totalCount).toBeGreaterThan(0);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
    expect(server.output()).toContain("PEACEOPS_WORKERS is ignored on the embedded database: one process owns its data directory, so one serves");
    expect(server.output()).not.toContain("server processes");
  }, 60_000);
});
