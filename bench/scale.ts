// Running at scale: `npm run bench:scale`.
// On the ~1,000,000-deployment register of bench/analytics.ts (a scratch database on the PostgreSQL
// server of BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test,
// loaded for the run and dropped after it, or BENCH_KEEP_DATABASE=<name> to load once and reuse),
// with a Redis of its own (`redis-server` on a free loopback port, nothing saved to disk, stopped at
// the end), starts the real server, `peaceops serve`, as a child process
// for each configuration: PEACEOPS_WORKERS 1, 2 and 4 (SCALE_WORKERS=1,2,4), each with the analytics
// answer cache off and on (PEACEOPS_ANSWER_CACHE; REDIS_URL set either way, Redis flushed before each
// configuration). For each one, with an anonymous caller, autocannon on 127.0.0.1:
// 1. asks each analytics query once before the load (cache on: twice, a miss then a hit) and checks
//    that every configuration gives the same JSON for it;
// 2. the mixed workload of bench/load.ts (reference lists, the showcase query without officer
//    records, the nested one when the register is open to the caller, four analytics queries, in
//    turn) for a warm-up of 5 s, then SCALE_ROUNDS rounds (default 3, at most 5) of SCALE_SECONDS
//    (default 20, at most 120) at SCALE_CONNECTIONS (default 50), reading the total RSS of the
//    server's processes (the supervisor and its workers, from /proc) after each round, once the server
//    has finished the requests autocannon abandoned at its deadline: flat, or growing;
// 3. the four analytics queries alone for SCALE_SECONDS, since the answer cache is for them.
// Errors counted: connection errors, timeouts, non-2xx answers and GraphQL `errors` in the bodies.
// Prints one table (req/s and p99 of the mixed workload and of analytics alone, errors, RSS per
// round), then the ratios: analytics cache on / off at each worker count (goal at least 20x), the
// cached analytics p99 (goal under 20 ms), 2 and 4 workers against 1; and the machine's core count.
// Other server settings (PEACEOPS_MAX_IN_FLIGHT, PEACEOPS_STATEMENT_TIMEOUT_MS, ...) pass through
// from the environment; LOG_LEVEL defaults to warn. Bounded by a watchdog; every process started
// here is stopped at the end, on failure and on Ctrl-C. Nothing here asserts: the figures go to the
// README.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "../test/support/free-port";
import { NESTED } from "../test/support/queries";
import { withLargeDatabase } from "./analytics";
import { ANALYTICS, NESTED_PUBLIC, REFERENCE, runWorkload, type WorkloadRun } from "./workload";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "peaceops.js");

const SECONDS = Math.max(1, Math.min(Number(process.env.SCALE_SECONDS ?? 20), 120));
const CONNECTIONS = Math.max(1, Number(process.env.SCALE_CONNECTIONS ?? 50));
const ROUNDS = Math.max(1, Math.min(Number(process.env.SCALE_ROUNDS ?? 3), 5));
const WORKERS = (process.env.SCALE_WORKERS ?? "1,2,4").split(",").map((w) => Number(w.trim()));
const WARMUP_SECONDS = Math.min(5, SECONDS);
const LOG_LEVEL = process.env.LOG_LEVEL || "warn";
for (const w of WORKERS) if (!Number.isInteger(w) || w < 1 || w > 64) throw new Error(`SCALE_WORKERS must list worker counts between 1 and 64, got ${process.env.SCALE_WORKERS}`);
for (const [name, value] of [["SCALE_SECONDS", SECONDS], ["SCALE_CONNECTIONS", CONNECTIONS], ["SCALE_ROUNDS", ROUNDS]] as const) {
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number`);
}

const label = (query: string) => query.replace(/\s+/g, " ").slice(2).split("(")[0]!.trim();

// ---------------------------------------------------------------------------------------------
// Processes: everything started here is kept in `started` and stopped by its PID (and its children's).

const started = new Set<ChildProcess>();

/** The PIDs of every descendant of `pid` (a supervisor's workers), from /proc. */
function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children = "";
    try {
      children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8");
    } catch {
      continue;
    }
    for (const child of children.trim().split(/\s+/).filter(Boolean).map(Number)) found.push(child, ...descendants(child));
  }
  return found;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The total RSS of a process and all its descendants, in MB. */
const treeRssMb = (pid: number) => Math.round([pid, ...descendants(pid)].reduce((sum, p) => sum + rssKb(p), 0) / 1024);

const processes = (pid: number) => {
  const n = 1 + descendants(pid).length;
  return `${n} process${n > 1 ? "es" : ""}`;
};

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null && child.pid !== undefined;

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** SIGKILL to a process and every descendant: for the end of a run that must not wait. */
function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  const tree = running(child) ? [child.pid, ...descendants(child.pid)] : [];
  for (const pid of tree.reverse()) signal(pid, "SIGKILL");
  started.delete(child);
}

/** SIGTERM, then SIGKILL after `graceMs`; workers left behind by their supervisor are killed too. */
async function stop(child: ChildProcess, graceMs = 20_000): Promise<void> {
  started.delete(child);
  if (!running(child)) return;
  const tree = descendants(child.pid!);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signal(child.pid!, "SIGTERM");
  const timer = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), graceMs).unref());
  if ((await Promise.race([exited, timer])) === "late") {
    for (const pid of [child.pid!, ...descendants(child.pid!)].reverse()) signal(pid, "SIGKILL");
    await exited;
  }
  // A worker still running once its supervisor has gone is one of ours (its command line says so).
  for (const pid of tree) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("peaceops")) signal(pid, "SIGKILL");
    } catch {
      // gone
    }
  }
}

function killEverything(): void {
  for (const child of [...started]) killTree(child);
}

process.on("exit", killEverything);
process.on("SIGINT", () => {
  killEverything();
  // withLargeDatabase listens too while it runs (it drops its scratch database, then exits).
  if (process.listenerCount("SIGINT") === 1) process.exit(130);
});


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Redis

/** One inline command to the Redis on `port`; resolves with its one-line reply. */
function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let reply = "";
    socket.setTimeout(5000, () => socket.destroy(new Error(`Redis on port ${port} did not answer ${command}`)));
    socket.once("connect", () => socket.write(`${command}\r\n`));
    socket.on("data", (data) => {
      reply += data;
      if (reply.endsWith("\r\n")) {
        socket.end();
        resolve(reply.trim());
      }
    });
    socket.once("error", reject);
  });
}

async function startRedis(): Promise<{ child: ChildProcess; port: number; url: string }> {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "ignore", "pipe"] });
  started.add(child);
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-2000)));
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (err) => reject(new Error(`redis-server could not be started (${err.message}); install Redis (redis-server on the PATH)`)));
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}) while starting: ${stderr.trim()}`)));
  });
  failed.catch(() => undefined);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const reply = await Promise.race([redisCommand(port, "PING").catch(() => ""), failed]);
    if (reply === "+PONG") break;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer PING on port ${port} within 20 s`);
    await sleep(100);
  }
  return { child, port, url: `redis://127.0.0.1:${port}` };
}

// ---------------------------------------------------------------------------------------------
// The server

interface Server {
  child: ChildProcess;
  pid: number;
  url: string;
  output: () => string;
}

/** Whether bin/peaceops.js will run the compiled dist/ or the TypeScript sources (as it decides). */
function serverCode(): string {
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, e) => Math.max(max, e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs), 0);
  const compiled = path.join(ROOT, "dist", "cli", "main.js");
  return fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= newest(path.join(ROOT, "src"))
    ? "compiled dist/"
    : "TypeScript sources through SWC (dist/ is missing or older than src/: `npm run build` for compiled code)";
}

/** Starts `peaceops serve` and resolves once it has printed its banner (every worker ready) and /readyz answers 200. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const { DATABASE_URL: _a, DATABASE_REPLICA_URLS: _b, PEACEOPS_DATA_DIR: _c, PEACEOPS_SEED: _d, PORT: _e, HOST: _f, ...rest } = process.env;
  const child = spawn(process.execPath, [BIN, "serve"], {
    cwd: ROOT,
    env: { ...rest, LOG_LEVEL, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  let out = "";
  const keep = (d: Buffer) => (out = (out + d).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (!running(child)) throw new Error(`peaceops serve exited (${child.exitCode ?? child.signalCode}) while starting:\n${out.trim().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`peaceops serve was not ready on ${base} within 3 minutes:\n${out.trim().slice(-3000)}`);
    if (/serving GraphQL at /.test(out)) {
      const ready = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5000) }).then((res) => (res.body?.cancel(), res.status === 200), () => false);
      if (ready) break;
    }
    await sleep(250);
  }
  return { child, pid: child.pid!, url: `${base}/graphql`, output: () => out };
}

async function post(url: string, query: string): Promise<{ body: any; cache: string | null }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(120_000) });
  return { body: await res.json(), cache: res.headers.get("x-peaceops-cache") };
}

// ---------------------------------------------------------------------------------------------
// Load

type Run = WorkloadRun;
const run = (url: string, queries: string[], seconds: number): Promise<Run> => runWorkload(url, queries, seconds, CONNECTIONS);

/**
 * Autocannon stops at its deadline and drops the requests it still has in flight; the server goes
 * on executing them. Wait until a probe comes back quickly three times in a row: the queue is empty.
 */
async function settle(url: string): Promise<void> {
  let quick = 0;
  const deadline = Date.now() + 120_000;
  while (quick < 3 && Date.now() < deadline) {
    const began = Date.now();
    await post(url, `{ missions(first: 1) { totalCount } }`).catch(() => undefined);
    quick = Date.now() - began < 100 ? quick + 1 : 0;
  }
}

interface Errors {
  connection: number;
  timeouts: number;
  non2xx: number;
  graphql: Map<string, number>;
}

function addErrors(into: Errors, r: Run): void {
  // autocannon counts timeouts among its connection errors.
  into.connection += r.result.errors - r.result.timeouts;
  into.timeouts += r.result.timeouts;
  into.non2xx += r.result.non2xx;
  for (const [code, n] of r.graphqlErrors) into.graphql.set(code, (into.graphql.get(code) ?? 0) + n);
}
const errorTotal = (e: Errors) => e.connection + e.timeouts + e.non2xx + [...e.graphql.values()].reduce((a, b) => a + b, 0);

interface Measured {
  workers: number;
  cache: boolean;
  mixed: { rps: number; p99: number; requests: number }[];
  analytics: { rps: number; p50: number; p99: number; requests: number };
  errors: Errors;
  rss: number[];
  /** Each analytics query's `data`, as JSON, and the X-Peaceops-Cache header(s) it came with. */
  answers: { json: string[]; headers: string[] };
  /** The four analytics queries asked one at a time before the load: total ms computed, and cached (cache on). */
  alone: { computedMs: number; cachedMs: number | null };
}

async function measure(databaseUrl: string, redis: { port: number; url: string }, workers: number, cache: boolean): Promise<Measured> {
  // Each configuration starts with an empty cache: nothing computed by the one before.
  await redisCommand(redis.port, "FLUSHDB");
  const tag = `workers ${workers}, cache ${cache ? "on" : "off"}`;
  const began = performance.now();
  const server = await startServer({ DATABASE_URL: databaseUrl, PEACEOPS_WORKERS: String(workers), REDIS_URL: redis.url, PEACEOPS_ANSWER_CACHE: cache ? "on" : "off" });
  process.stdout.write(`${tag}: ready in ${((performance.now() - began) / 1000).toFixed(1)} s (pid ${server.pid}, ${processes(server.pid)}, ${treeRssMb(server.pid)} MB)`);
  try {
    const url = server.url;
    // The answers, before any load: cache off once; cache on twice, the first computed, the second cached.
    const answers = { json: [] as string[], headers: [] as string[] };
    const alone: Measured["alone"] = { computedMs: 0, cachedMs: cache ? 0 : null };
    for (const q of ANALYTICS) {
      let t = performance.now();
      const first = await post(url, q);
      alone.computedMs += performance.now() - t;
      if (first.body.errors) throw new Error(`${tag}: analytics query fails before the run: ${JSON.stringify(first.body.errors[0])}\n${q}`);
      const json = JSON.stringify(first.body.data);
      const seen = [first.cache ?? "none"];
      if (cache) {
        t = performance.now();
        const second = await post(url, q);
        alone.cachedMs = (alone.cachedMs ?? 0) + performance.now() - t;
        seen.push(second.cache ?? "none");
        if (JSON.stringify(second.body.data) !== json) throw new Error(`${tag}: the cached answer differs from the computed one for ${label(q)}`);
      }
      answers.json.push(json);
      answers.headers.push(seen.join("/"));
    }
    // Officer records need a key once access control is on: the nested officer query only while open (as bench/load.ts).
    const probe = await post(url, `{ deployments(first: 1) { totalCount } }`);
    const mixedQueries = [...REFERENCE, NESTED_PUBLIC, ...(probe.body.errors ? [] : [NESTED(50, 20)]), ...ANALYTICS];
    for (const q of mixedQueries) {
      const res = await post(url, q);
      if (res.body.errors) throw new Error(`${tag}: workload query fails before the run: ${JSON.stringify(res.body.errors[0])}\n${q}`);
    }

    const errors: Errors = { connection: 0, timeouts: 0, non2xx: 0, graphql: new Map() };
    await run(url, mixedQueries, WARMUP_SECONDS);
    await settle(url);
    const mixed: Measured["mixed"] = [];
    const rss: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const r = await run(url, mixedQueries, SECONDS);
      addErrors(errors, r);
      mixed.push({ rps: r.result.requests.average, p99: r.result.latency.p99, requests: r.result.requests.total });
      await settle(url);
      rss.push(treeRssMb(server.pid));
    }
    const a = await run(url, ANALYTICS, SECONDS);
    addErrors(errors, a);
    await settle(url);
    const analytics = { rps: a.result.requests.average, p50: a.result.latency.p50, p99: a.result.latency.p99, requests: a.result.requests.total };
    console.log(`; mixed ${mixed.map((m) => m.rps.toFixed(1)).join(", ")} req/s; analytics alone ${analytics.rps.toFixed(1)} req/s; ` +
      `errors ${errorTotal(errors)}; RSS ${rss.join(", ")} MB`);
    const mixedIncludesNested = mixedQueries.length > REFERENCE.length + 1 + ANALYTICS.length;
    if (workers === WORKERS[0] && !cache) console.log(`  (the mixed workload: ${mixedQueries.length} queries in turn, ${mixedIncludesNested ? "with" : "without"} the nested officer query)`);
    return { workers, cache, mixed, analytics, errors, rss, answers, alone };
  } catch (err) {
    process.stdout.write("\n");
    throw err;
  } finally {
    await stop(server.child);
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fixed = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}x` : "n/a (nothing answered without the cache)");

function report(results: Measured[], cores: number): void {
  console.log();
  console.log(`| workers | cache | mixed req/s | mixed p99 ms | analytics alone req/s | analytics p99 ms | errors | server RSS after each round (MB) |`);
  console.log(`|---:|---|---:|---:|---:|---:|---:|---|`);
  for (const r of results) {
    console.log(`| ${r.workers} | ${r.cache ? "on" : "off"} | ${fixed(mean(r.mixed.map((m) => m.rps)))} | ${Math.round(mean(r.mixed.map((m) => m.p99)))} | ` +
      `${fixed(r.analytics.rps)} | ${Math.round(r.analytics.p99)} | ${errorTotal(r.errors)} | ${r.rss.join(", ")} |`);
  }
  console.log(`(mixed: the mean of ${ROUNDS} round${ROUNDS > 1 ? "s" : ""} of ${SECONDS} s; analytics alone: one run of ${SECONDS} s; ${CONNECTIONS} connections; errors over all of them, warm-up excluded)`);
  for (const r of results) {
    const e = r.errors;
    if (errorTotal(e)) console.log(`  errors, workers ${r.workers}, cache ${r.cache ? "on" : "off"}: connection ${e.connection}, timeouts ${e.timeouts}, non-2xx ${e.non2xx}, GraphQL ${JSON.stringify(Object.fromEntries(e.graphql))}`);
  }
  const at = (workers: number, cache: boolean) => results.find((r) => r.workers === workers && r.cache === cache);
  const counts = [...new Set(results.map((r) => r.workers))];

  console.log();
  console.log(`analytics alone, cache on / cache off (goal at least 20x):`);
  for (const w of counts) {
    const on = at(w, true);
    const off = at(w, false);
    if (on && off) console.log(`  ${w} worker${w > 1 ? "s" : ""}: ${fixed(on.analytics.rps)} / ${fixed(off.analytics.rps)} req/s = ${ratio(on.analytics.rps, off.analytics.rps)}; ` +
      `p99 ${Math.round(on.analytics.p99)} against ${Math.round(off.analytics.p99)} ms (${off.analytics.requests} answers without the cache in ${SECONDS} s)`);
  }
  console.log(`  (a run's latencies count only the answers that came within it: autocannon drops the requests still in flight at its deadline, ` +
    `so without the cache, where an answer can take longer than the run, p99 is at most about ${SECONDS} s and the req/s are the measure)`);
  console.log(`the four analytics queries asked one after the other before the load, their times added up:`);
  for (const w of counts) {
    const on = at(w, true);
    const off = at(w, false);
    const parts = [
      ...(off ? [`cache off ${Math.round(off.alone.computedMs)} ms`] : []),
      ...(on ? [`cache on ${Math.round(on.alone.computedMs)} ms computed (a miss), ${Math.round(on.alone.cachedMs ?? 0)} ms asked again (a hit)`] : []),
    ];
    console.log(`  ${w} worker${w > 1 ? "s" : ""}: ${parts.join("; ")}`);
  }
  console.log(`cached analytics p99 (goal under 20 ms): ${counts.map((w) => at(w, true)).filter((r) => r).map((r) => `${r!.workers} worker${r!.workers > 1 ? "s" : ""} ${Math.round(r!.analytics.p99)} ms`).join(", ")}`);
  const base = counts.includes(1) ? 1 : null;
  if (base !== null && counts.length > 1) {
    console.log(`workers against 1 (req/s):`);
    for (const w of counts.filter((c) => c !== base)) {
      for (const cache of [false, true]) {
        const r = at(w, cache);
        const one = at(base, cache);
        if (r && one) console.log(`  ${w} workers, cache ${cache ? "on " : "off"}: mixed ${ratio(mean(r.mixed.map((m) => m.rps)), mean(one.mixed.map((m) => m.rps)))}, analytics alone ${ratio(r.analytics.rps, one.analytics.rps)}`);
      }
    }
  }
  console.log(`cores: ${cores}${counts.some((w) => w > cores) ? ` (os.cpus().length); ${counts.filter((w) => w > cores).join(" and ")} workers on ${cores} cores means more server processes than cores, sharing them with PostgreSQL, Redis and autocannon: not expected to beat ${cores}` : ""}`);

  // The same answer for each analytics query whatever the configuration.
  const reference = results[0]!;
  const differ: string[] = [];
  for (const r of results) {
    r.answers.json.forEach((json, i) => {
      if (json !== reference.answers.json[i]) differ.push(`${label(ANALYTICS[i]!)} at workers ${r.workers}, cache ${r.cache ? "on" : "off"}`);
    });
  }
  const headers = [...new Set(results.filter((r) => r.cache).flatMap((r) => r.answers.headers))];
  const cacheSaid = headers.length === 1 && headers[0] === "miss/hit" ? "each a miss when first asked, a hit when asked again" : `first/second: ${headers.join(", ")}`;
  console.log(differ.length
    ? `answers DIFFER from workers ${reference.workers}, cache ${reference.cache ? "on" : "off"}: ${differ.join("; ")}`
    : `answers: each of the ${ANALYTICS.length} analytics queries gave the same JSON in all ${results.length} configurations (cache on: X-Peaceops-Cache said ${cacheSaid})`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cores = os.cpus().length;
  const configs = WORKERS.flatMap((workers) => [false, true].map((cache) => ({ workers, cache })));
  // Generous: a first load of the register, then each configuration's start, answers, rounds and settling.
  const budgetMs = 30 * 60_000 + configs.length * (4 * 60_000 + (ROUNDS + 2) * (SECONDS + 150) * 1000);
  const watchdog = setTimeout(() => {
    console.error(`\nwatchdog: still running after ${Math.round(budgetMs / 60_000)} minutes; stopping everything`);
    killEverything();
    process.exitCode = 1;
    // withLargeDatabase drops its scratch database on SIGINT; exit regardless after 30 s.
    setTimeout(() => process.exit(1), 30_000);
    process.kill(process.pid, "SIGINT");
  }, budgetMs);
  watchdog.unref();

  console.log(`peaceops at scale: workers ${WORKERS.join(", ")} x answer cache off, on; ${ROUNDS} round${ROUNDS > 1 ? "s" : ""} of ${SECONDS} s of the mixed workload ` +
    `(after a ${WARMUP_SECONDS} s warm-up) and ${SECONDS} s of analytics alone each, ${CONNECTIONS} connections, anonymous; ${cores} cores`);
  console.log(`server code: ${serverCode()}`);
  await withLargeDatabase(async (databaseUrl) => {
    const redis = await startRedis();
    console.log(`Redis on 127.0.0.1:${redis.port} (nothing saved to disk)`);
    try {
      const results: Measured[] = [];
      for (const { workers, cache } of configs) results.push(await measure(databaseUrl, redis, workers, cache));
      report(results, cores);
    } finally {
      await stop(redis.child, 5000);
    }
  });
  clearTimeout(watchdog);
}

main().catch((err) => {
  console.error(err);
  killEverything();
  process.exitCode = 1;
});
