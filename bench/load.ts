// Load test: `npm run bench:load`. Starts peaceops in this process on the embedded demo database
// (PEACEOPS_DATA_DIR, default .peaceops/data: seeded on first use), or targets a running server
// at LOAD_URL (loopback only), and drives a mixed workload with autocannon on 127.0.0.1:
// reference lists, the nested showcase query (and a variant without officer records), analytics.
// Bounded: LOAD_SECONDS (default 30, at most 120) at LOAD_CONNECTIONS (default 50), plus a
// watchdog. Reports throughput, latency percentiles, errors (HTTP and GraphQL) and memory before
// and after (LOAD_ROUNDS repeats the run to tell growth from a plateau). Nothing here asserts: the
// figures go to the README.
import "reflect-metadata";
import fs from "node:fs";
import { loadConfig } from "../src/config";
import { openDatabase, type OpenDatabase } from "../src/core/db/open";
import { createLogger } from "../src/core/logger";
import { startApp, type RunningApp } from "../src/server/app";
import { NESTED } from "../test/support/queries";
import { ANALYTICS, NESTED_PUBLIC, REFERENCE, runWorkload } from "./workload";

const SECONDS = Math.min(Number(process.env.LOAD_SECONDS ?? 30), 120);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 5;
// More rounds of LOAD_SECONDS each tell growth from a plateau (memory after each round is printed).
const ROUNDS = Math.min(Number(process.env.LOAD_ROUNDS ?? 1), 5);
const KEY = process.env.LOAD_API_KEY;

// With LOAD_URL, LOAD_PID names the server's process so that its memory can be read from /proc.
const serverPid = process.env.LOAD_PID ? Number(process.env.LOAD_PID) : null;
const rssMb = () =>
  serverPid === null || !process.env.LOAD_URL
    ? Math.round(process.memoryUsage().rss / 1e6)
    : Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${serverPid}/status`, "utf8"))![1]) * 1.024 / 1e3);
const heapMb = () => Math.round(process.memoryUsage().heapUsed / 1e6);

function loopbackOnly(url: string): string {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) throw new Error(`LOAD_URL must be a loopback address (127.0.0.1, localhost, [::1]), got ${host}`);
  return url;
}

async function post(url: string, query: string): Promise<any> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(KEY ? { authorization: `Bearer ${KEY}` } : {}) }, body: JSON.stringify({ query }) });
  return res.json();
}

const run = (url: string, queries: string[], seconds: number) => runWorkload(url, queries, seconds, CONNECTIONS, KEY);

/** Asks /healthz every 100 ms while `during` runs; resolves with the slowest answer, in ms. */
async function probeHealth<T>(url: string, during: Promise<T>): Promise<{ value: T; slowestMs: number; probes: number }> {
  let done = false;
  let slowestMs = 0;
  let probes = 0;
  const health = new URL("/healthz", url);
  const prober = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(health).then((res) => res.text());
      slowestMs = Math.max(slowestMs, performance.now() - started);
      probes++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const value = await during;
  done = true;
  await prober;
  return { value, slowestMs: Math.round(slowestMs), probes };
}

/**
 * Autocannon stops at its deadline and drops the requests it still has in flight; the server goes
 * on executing them. Wait until a probe comes back quickly three times in a row: the queue is empty.
 */
async function settle(url: string): Promise<void> {
  let quick = 0;
  const deadline = Date.now() + 60_000;
  while (quick < 3 && Date.now() < deadline) {
    const started = Date.now();
    await post(url, `{ missions(first: 1) { totalCount } }`);
    quick = Date.now() - started < 100 ? quick + 1 : 0;
  }
}

async function main() {
  let database: OpenDatabase | null = null;
  let app: RunningApp | null = null;
  let url: string;
  if (process.env.LOAD_URL) {
    url = loopbackOnly(process.env.LOAD_URL);
  } else {
    const config = loadConfig();
    const logger = createLogger(process.env.LOG_LEVEL || "warn");
    database = await openDatabase(config, { prepareEmbedded: true, logger });
    app = await startApp({ db: database.db, logger, traceSql: false, debugErrors: false, limits: config.limits }, 0, "127.0.0.1");
    url = `http://127.0.0.1:${app.port}/graphql`;
  }
  try {
    // Officer records need an ANALYST key once access control is on: without one, run the public variant only.
    const probe = await post(url, `{ deployments(first: 1) { totalCount } }`);
    const registerOpen = !probe.errors;
    const queries = [...REFERENCE, NESTED_PUBLIC, ...(registerOpen ? [NESTED(50, 20)] : []), ...ANALYTICS];
    const alone: string[] = [];
    for (const q of queries) {
      const started = performance.now();
      const res = await post(url, q);
      if (res.errors) throw new Error(`workload query fails before the run: ${JSON.stringify(res.errors[0])}\n${q}`);
      alone.push(`${q.replace(/\s+/g, " ").slice(2, 30)}… ${Math.round(performance.now() - started)} ms`);
    }
    const inProcess = app !== null;
    const memoryKnown = inProcess || serverPid !== null;
    const rssStart = rssMb();
    await run(url, queries, WARMUP_SECONDS);
    await settle(url);
    global.gc?.();
    const before = { rss: rssMb(), heap: heapMb() };
    const rounds: { rss: number; heap: number; wasm: number | null; workerHeap: number | null }[] = [];
    const embeddedMemory = async () => {
      const stats = await database?.embeddedStats?.();
      return { wasm: stats ? Math.round(stats.wasmBytes / 1e6) : null, workerHeap: stats ? Math.round(stats.heapUsedBytes / 1e6) : null };
    };
    let last: Awaited<ReturnType<typeof run>> | null = null;
    let health = { slowestMs: 0, probes: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const probed = await probeHealth(url, run(url, queries, SECONDS));
      last = probed.value;
      health = { slowestMs: Math.max(health.slowestMs, probed.slowestMs), probes: health.probes + probed.probes };
      await settle(url);
      global.gc?.();
      rounds.push({ rss: rssMb(), heap: heapMb(), ...(await embeddedMemory()) });
    }
    const { result, graphqlErrors } = last!;
    const after = rounds[rounds.length - 1];

    const errors = result.errors + result.timeouts + result.non2xx + [...graphqlErrors.values()].reduce((a, b) => a + b, 0);
    console.log(`peaceops load test: ${SECONDS} s, ${CONNECTIONS} connections, ${queries.length} queries in turn (${registerOpen ? "with" : "without"} the nested officer query), ${url}`);
    console.log(`  alone         ${alone.join("; ")}`);
    console.log(`  requests      ${result.requests.total} (${result.requests.average.toFixed(1)} per second on average)`);
    console.log(`  latency       p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  /healthz      slowest ${health.slowestMs} ms of ${health.probes} probes during the load (one every 100 ms)`);
    console.log(`  errors        ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${JSON.stringify(Object.fromEntries(graphqlErrors))})`);
    if (memoryKnown) {
      console.log(`  memory (RSS)  ${rssStart} MB at start, ${before.rss} MB after a ${WARMUP_SECONDS} s warm-up, ${after.rss} MB after the run (${after.rss - before.rss >= 0 ? "+" : ""}${after.rss - before.rss} MB)`);
      if (inProcess) console.log(`  JS heap       ${before.heap} MB before, ${after.heap} MB after${global.gc ? " (after a full GC)" : ""}`);
      if (after.wasm !== null) console.log(`  database      PGlite's WebAssembly memory ${after.wasm} MB, its thread's JS heap ${after.workerHeap} MB`);
      if (ROUNDS > 1) {
        console.log(`  per round     RSS ${rounds.map((r) => r.rss).join(", ")} MB${inProcess ? `; heap ${rounds.map((r) => r.heap).join(", ")} MB` : ""}`);
        if (after.wasm !== null) console.log(`                PGlite memory ${rounds.map((r) => r.wasm).join(", ")} MB; its thread's heap ${rounds.map((r) => r.workerHeap).join(", ")} MB`);
      }
    } else {
      console.log(`  memory        not measured: the server runs in another process (set LOAD_PID to read it)`);
    }
  } finally {
    await app?.stop();
    await database?.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
