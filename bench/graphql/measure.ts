// One measurement of bench:graphql: one query against one server. The answer is checked first (HTTP
// 200, JSON, no "errors"); the load generator (loadgen.ts, its own process) warms the server up; once
// the server and its PostgreSQL backends are idle again, the window opens: the server's CPU from
// /proc/<pid>/stat, its backends' CPU (pg-cpu.ts), its heap allocations (alloc-probe.cjs), and, for
// the embedded database, /healthz latency probed every 50 ms. The answer is checked again after; the
// X-Peaceops-Cache header of the answers just before and just after the load is kept (hit or miss).
import { createHash } from "node:crypto";
import os from "node:os";
import type { LoadJob, LoadMessage, LoadResult } from "./loadgen";
import type { Client } from "pg";
import { DatabaseCpu } from "./pg-cpu";
import { CLK_TCK, cpuTicks, forkModule, machineTicks, rssMb, stop, type Server } from "./processes";

export interface HttpRequest {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
}

export interface Window {
  /** "duration": the window lasts --duration; "requests": a query of seconds, the window is a number of requests. */
  mode: "duration" | "requests";
  /** Latency of one request alone, before the load (ms). */
  aloneMs: number;
  requests: number;
  seconds: number;
  rps: number;
  latencyMs: LoadResult["latencyMs"];
  errors: number;
  errorDetail: { errors: number; timeouts: number; non2xx: number; mismatches: number };
  serverCpuMsPerRequest: number;
  /** null: no PostgreSQL server (the embedded database runs inside the server process). */
  pgCpuMsPerRequest: number | null;
  allocatedKbPerRequest: number | null;
  gcs: number | null;
  gcPauseMs: number | null;
  serverCpuPct: number;
  pgCpuPct: number | null;
  /** CPU used meanwhile by everything else on the machine (not server, backends, load generator), in % of one core. */
  otherCpuPct: number;
  rssPeakMb: number | null;
  settleS: number;
  health: { probes: number; p50: number; p99: number; max: number } | null;
  bodyBytes: number;
  /** X-Peaceops-Cache of the answer just before the load and of the one just after it (null: no such header). */
  cache: { before: string | null; after: string | null };
}

/** `cache`: peaceops's X-Peaceops-Cache header (hit, miss), null on an answer the answer cache has no say in. */
export async function send(req: HttpRequest): Promise<{ status: number; text: string; cache: string | null }> {
  const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.method === "GET" ? undefined : req.body });
  return { status: res.status, text: await res.text(), cache: res.headers.get("x-peaceops-cache") };
}

/** The answer as JSON; throws on anything but a 200 without "errors". */
export async function answer(req: HttpRequest, what: string): Promise<{ json: any; text: string; cache: string | null }> {
  const { status, text, cache } = await send(req);
  if (status !== 200) throw new Error(`${what}: HTTP ${status}: ${text.slice(0, 300)}`);
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${what}: the answer is not JSON: ${text.slice(0, 200)}`);
  }
  if (json?.errors) throw new Error(`${what}: GraphQL errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return { json, text, cache };
}

export function canonicalHash(value: unknown): string {
  const canon = (x: any): any =>
    Array.isArray(x) ? x.map(canon) : x && typeof x === "object" ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, canon(x[k])])) : x;
  return createHash("sha256").update(JSON.stringify(canon(value))).digest("hex");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** Waits until the server and its backends use under 5 % of a core for two 250 ms windows in a row; returns the seconds waited. */
async function settle(server: Server, pg: DatabaseCpu | null, maxS: number): Promise<number> {
  const t0 = Date.now();
  const ours = async () => (cpuTicks(server.pid) ?? 0) + (pg ? await pg.ticksNow() : 0);
  let prev = await ours();
  let prevAt = Date.now();
  let quiet = 0;
  while (quiet < 2 && Date.now() - t0 < maxS * 1000) {
    await sleep(250);
    const now = await ours();
    const pct = (100 * (now - prev)) / CLK_TCK / ((Date.now() - prevAt) / 1000);
    quiet = pct < 5 ? quiet + 1 : 0;
    prev = now;
    prevAt = Date.now();
  }
  return round((Date.now() - t0) / 1000, 1);
}

/** Asks /healthz every 50 ms until stopped; returns the latencies in ms. */
function probeHealth(url: string): { stop(): Promise<number[]> } {
  let running = true;
  const latencies: number[] = [];
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(url).then((res) => res.text(), () => undefined);
      latencies.push(performance.now() - started);
      await sleep(50);
    }
  })();
  return { stop: async () => ((running = false), await loop, latencies) };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

export interface MeasureOptions {
  server: Server;
  request: HttpRequest;
  /** The PostgreSQL database the server reads (an admin connection to the cluster, the name); null for the embedded one. */
  database: { admin: Client; name: string } | null;
  connections: number;
  warmupS: number;
  durationS: number;
  /** Probe this /healthz URL during the window. */
  healthUrl?: string;
  /** At most this long for the server and PostgreSQL to finish what the warm-up left in flight. */
  settleMaxS: number;
}

export async function measure(o: MeasureOptions): Promise<Window & { hash: string }> {
  const pg = o.database ? new DatabaseCpu(o.database.admin, o.database.name) : null;
  const first = await answer(o.request, `${o.server.name}: first answer`);
  const hash = canonicalHash(first.json);
  const aloneStarted = performance.now();
  const second = await answer(o.request, `${o.server.name}: second answer`);
  const aloneMs = performance.now() - aloneStarted;
  // A query that takes seconds would complete few requests or none in the window: make a number of
  // requests instead (two per connection), the window lasting until the last one is answered.
  const amount = (o.durationS * 1000) / aloneMs < 2 * o.connections ? Math.max(20, 2 * o.connections) : undefined;
  const loadgen = forkModule("loadgen.ts");
  try {
    const messages: LoadMessage[] = [];
    let wake: (() => void) | null = null;
    loadgen.on("message", (m: LoadMessage) => (messages.push(m), wake?.()));
    loadgen.on("exit", () => wake?.());
    const next = async (): Promise<LoadMessage> => {
      while (!messages.length) {
        if (loadgen.exitCode !== null || loadgen.signalCode !== null) throw new Error("the load generator exited early");
        await new Promise<void>((resolve) => (wake = resolve));
      }
      return messages.shift()!;
    };
    const job: LoadJob = { ...o.request, connections: o.connections, warmupS: o.warmupS, durationS: o.durationS, amount, expectLength: first.text.length };
    loadgen.send(job);
    const warm = await next();
    if (warm.phase === "failed") throw new Error(`load generator: ${warm.error}`);
    const settleS = await settle(o.server, pg, o.settleMaxS);

    const t0 = { wall: performance.now(), server: cpuTicks(o.server.pid)!, loadgen: cpuTicks(loadgen.pid!) ?? 0, machine: machineTicks() };
    await pg?.sample();
    await o.server.probe("start");
    let rssPeak = rssMb(o.server.pid);
    const sampler = setInterval(() => {
      void pg?.sample();
      const rss = rssMb(o.server.pid);
      if (rss !== null && (rssPeak === null || rss > rssPeak)) rssPeak = rss;
    }, 250);
    const health = o.healthUrl ? probeHealth(o.healthUrl) : null;
    loadgen.send("go");
    const done = await next();
    const t1 = { wall: performance.now(), server: cpuTicks(o.server.pid)!, loadgen: cpuTicks(loadgen.pid!) ?? t0.loadgen, machine: machineTicks() };
    clearInterval(sampler);
    await pg?.sample();
    const alloc = await o.server.probe("stop");
    const healthMs = health ? await health.stop() : null;
    if (done.phase !== "done") throw new Error(`load generator: ${done.phase === "failed" ? done.error : "no result"}`);

    const r = done.result;
    const after = await answer(o.request, `${o.server.name}: answer after the run`);
    if (canonicalHash(after.json) !== hash) throw new Error(`${o.server.name}: the answer changed during the run`);

    const secs = (t1.wall - t0.wall) / 1000;
    const n = Math.max(1, r.requests);
    const serverS = (t1.server - t0.server) / CLK_TCK;
    const pgS = pg ? pg.ticks() / CLK_TCK : null;
    const loadgenS = (t1.loadgen - t0.loadgen) / CLK_TCK;
    const machine = (t1.machine.busy - t0.machine.busy) / Math.max(1, t1.machine.total - t0.machine.total);
    const other = 100 * machine * os.cpus().length - (100 * (serverS + (pgS ?? 0) + loadgenS)) / secs;
    return {
      mode: amount ? "requests" : "duration",
      aloneMs: round(aloneMs, 1),
      requests: r.requests,
      seconds: round(r.seconds, 2),
      rps: round(r.requests / r.seconds, r.requests / r.seconds < 10 ? 2 : 1),
      latencyMs: {
        p50: r.latencyMs.p50 === null ? null : round(r.latencyMs.p50, 2), p90: r.latencyMs.p90 === null ? null : round(r.latencyMs.p90, 2),
        p99: r.latencyMs.p99 === null ? null : round(r.latencyMs.p99, 2), max: r.latencyMs.max === null ? null : round(r.latencyMs.max, 2),
        mean: r.latencyMs.mean === null ? null : round(r.latencyMs.mean, 2),
      },
      errors: r.errors + r.timeouts + r.non2xx + r.mismatches,
      errorDetail: { errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, mismatches: r.mismatches },
      serverCpuMsPerRequest: round((1000 * serverS) / n, 3),
      pgCpuMsPerRequest: pgS === null ? null : round((1000 * pgS) / n, 3),
      allocatedKbPerRequest: alloc.allocatedBytes === undefined ? null : round(alloc.allocatedBytes / 1024 / n, 1),
      gcs: alloc.gcs ?? null,
      gcPauseMs: alloc.gcPauseMs === undefined ? null : round(alloc.gcPauseMs, 1),
      serverCpuPct: round((100 * serverS) / secs, 1),
      pgCpuPct: pgS === null ? null : round((100 * pgS) / secs, 1),
      otherCpuPct: round(Math.max(0, other), 1),
      rssPeakMb: rssPeak,
      settleS,
      health: healthMs && healthMs.length
        ? { probes: healthMs.length, p50: round(pct(healthMs, 50), 1), p99: round(pct(healthMs, 99), 1), max: round(Math.max(...healthMs), 1) }
        : null,
      bodyBytes: Buffer.byteLength(first.text),
      cache: { before: second.cache, after: after.cache },
      hash,
    };
  } finally {
    await stop(loadgen, 2000);
  }
}
