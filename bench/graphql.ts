// peaceops side by side with PostGraphile and with hand-written SQL: `npm run bench:graphql`.
// Serves the same PostgreSQL tables through three servers, each a process of its own:
//   peaceops      `node bin/peaceops.js serve` (NODE_ENV=production, LOG_LEVEL=warn unless set);
//   postgraphile  PostGraphile 5 (amber preset, pg-aggregates, connection-filter), bench/graphql/postgraphile-server.ts;
//   raw           one hand-written SQL statement per request that builds peaceops's answer (bench/graphql/sql/),
//                 bench/graphql/raw-server.ts: the limit.
// and runs each query on each of them in alternating order (A B C, then C B A, ...) with autocannon in
// a process of its own: req/s, p50/p99 latency, server CPU ms per request (/proc/<pid>/stat), PostgreSQL
// CPU ms per request (the backends of the benchmark's database), statements per request and
// JavaScript heap allocations per request (bench/graphql/alloc-probe.cjs), with the ratios peaceops /
// PostGraphile and peaceops / raw. Before measuring, the three answers of each query are reduced to
// their values and compared value by value (bench/graphql/answers.ts); a difference fails the run.
//
// Profiles (--profile, comma-separated; default demo,embedded):
//   demo      scratch database bench_graphql_demo: `peaceops migrate`, `peaceops seed --profile demo`,
//             VACUUM ANALYZE;
//   1m        scratch database bench_graphql_1m: the reference profile and the 1,000,719-deployment
//             register of bench:analytics (its prepareDatabase; a few minutes to load);
//   embedded  peaceops alone on the embedded database (PGlite), demo data, in a scratch data directory;
//             /healthz latency is probed every 50 ms while each query's load runs.
// The scratch databases (bench_graphql_demo, bench_graphql_1m; BENCH_GRAPHQL_DATABASE_PREFIX changes
// "bench_graphql") live on the PostgreSQL server of BENCH_DATABASE_URL (an admin URL, default
// postgres://postgres@127.0.0.1:5432/test, as bench:analytics) and must be on this machine: their
// backends' CPU is read from /proc. They are dropped at the end unless --keep-data, which also reuses
// a database a previous run loaded completely.
//
// Options: --profile demo|1m|embedded|all  --duration S [10]  --warmup S [3]  --connections N [10]
//          --only Q1,Q3 (of Q1 Q2 Q3)  --repeats N [2]  --keep-data  --port-base N [5601: PostGraphile N,
//          raw N+1, peaceops N+2; a port already taken is refused]
// A query whose answer alone takes more than --duration / (2 x --connections) (Q2 on the 1M register)
// is measured over 2 requests per connection instead, until the last is answered.
// Output: a table on stdout; one JSON line per measurement in bench/results/graphql-<time>.jsonl, next
// to the servers' logs. Nothing here asserts a speed: the figures go to the README.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { ADMIN_URL, admin, databaseUrl } from "./admin";
import { prepareDatabase as loadRegister } from "./analytics";
import { difference, summary, values, type AnswerContext, type QueryId, type TargetName } from "./graphql/answers";
import { answer, measure, type HttpRequest, type Window } from "./graphql/measure";
import { ROOT, peaceops, startServer, stop, stopAll, type Server } from "./graphql/processes";

type Profile = "demo" | "1m" | "embedded";
const PROFILES: Profile[] = ["demo", "1m", "embedded"];
const QUERIES: QueryId[] = ["Q1", "Q2", "Q3"];
const QUERY_TITLES: Record<QueryId, string> = {
  Q1: "showcase nested (50 missions x 20 deployments)",
  Q2: "women's participation per mission",
  Q3: "one mission by code",
};

interface Options {
  profiles: Profile[];
  durationS: number;
  warmupS: number;
  connections: number;
  only: QueryId[];
  repeats: number;
  keepData: boolean;
  portBase: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { profiles: ["demo", "embedded"], durationS: 10, warmupS: 3, connections: 10, only: QUERIES, repeats: 2, keepData: false, portBase: 5601 };
  const number = (name: string, raw: string | undefined, min: number) => {
    const v = Number(raw);
    if (raw === undefined || !Number.isFinite(v) || v < min) throw new Error(`--${name} needs a number of at least ${min}, got ${raw ?? "nothing"}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === "--help" || arg === "-h") {
      const header = fs.readFileSync(__filename, "utf8").split("\n").filter((l, k, all) => all.slice(0, k + 1).every((x) => x.startsWith("//")));
      console.log(header.map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
      process.exit(0);
    } else if (arg === "--profile") {
      const raw = value() ?? "";
      const names = raw === "all" ? PROFILES : raw.split(",").map((s) => s.trim());
      for (const n of names) if (!PROFILES.includes(n as Profile)) throw new Error(`--profile takes ${PROFILES.join(", ")} or all, got ${n}`);
      o.profiles = PROFILES.filter((p) => names.includes(p));
    } else if (arg === "--duration") o.durationS = number("duration", value(), 1);
    else if (arg === "--warmup") o.warmupS = number("warmup", value(), 0);
    else if (arg === "--connections") o.connections = number("connections", value(), 1);
    else if (arg === "--repeats") o.repeats = number("repeats", value(), 1);
    else if (arg === "--port-base") o.portBase = number("port-base", value(), 1024);
    else if (arg === "--keep-data") o.keepData = true;
    else if (arg === "--only") {
      const ids = (value() ?? "").split(",").map((s) => s.trim().toUpperCase());
      for (const id of ids) if (!QUERIES.includes(id as QueryId)) throw new Error(`--only takes ${QUERIES.join(", ")}, got ${id}`);
      o.only = QUERIES.filter((q) => ids.includes(q));
    } else throw new Error(`unknown option ${arg} (see --help)`);
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// The requests

const queryText = (dir: string, id: QueryId) => fs.readFileSync(path.join(__dirname, "graphql", "queries", dir, `${id.toLowerCase()}.graphql`), "utf8");
/** peaceops's default period ends today (UTC); PostGraphile's Q2 is given the same day. */
const today = () => new Date().toISOString().slice(0, 10);

function request(target: TargetName, server: Server, id: QueryId, key: string | null): HttpRequest {
  if (target === "raw") return { url: `${server.url}/${id.toLowerCase()}`, method: "GET", headers: {} };
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };
  if (target === "peaceops") {
    // Officer records and a cell size under the default need an ANALYST key; Q3 is public.
    if (id !== "Q3" && key) headers.authorization = `Bearer ${key}`;
    return { url: `${server.url}/graphql`, method: "POST", headers, body: JSON.stringify({ query: queryText("peaceops", id) }) };
  }
  const variables = id === "Q2" ? { today: today() } : {};
  return { url: `${server.url}/graphql`, method: "POST", headers, body: JSON.stringify({ query: queryText("postgraphile", id), variables }) };
}

// ---------------------------------------------------------------------------------------------
// Scratch data

const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const resultsDir = path.join(ROOT, "bench", "results");
const resultsFile = path.join(resultsDir, `graphql-${stamp}.jsonl`);
const logFile = (name: string) => path.join(resultsDir, `graphql-${stamp}-${name}.log`);

/** What the servers and the command line get: production mode, quiet logs, and none of the caller's database settings. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: process.env.LOG_LEVEL || "warn" };
  for (const name of ["DATABASE_URL", "PEACEOPS_DATA_DIR", "PEACEOPS_TRACE_SQL", "PORT"]) delete env[name];
  return env;
}

/** Scratch databases are <prefix>_demo and <prefix>_1m. */
const DATABASE_PREFIX = process.env.BENCH_GRAPHQL_DATABASE_PREFIX || "bench_graphql";
if (!/^[a-z_][a-z0-9_]*$/.test(DATABASE_PREFIX)) throw new Error(`BENCH_GRAPHQL_DATABASE_PREFIX must be a plain lower-case name, got ${DATABASE_PREFIX}`);
const toDrop = new Set<string>();
const toRemove = new Set<string>();
const LOADED = (profile: Profile) => `bench:graphql ${profile}: loaded`;

async function databaseComment(name: string): Promise<string | null> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = $1`, [name]);
    return rows.length ? (rows[0].c ?? "") : null;
  } finally {
    await client.end();
  }
}

/** Creates (or, with --keep-data, reuses a completely loaded) bench_graphql_<profile>; returns its name and URL. */
async function prepareDatabase(profile: "demo" | "1m", keep: boolean): Promise<{ name: string; url: string; note: string }> {
  const name = `${DATABASE_PREFIX}_${profile}`;
  const url = databaseUrl(name);
  const comment = await databaseComment(name);
  if (!keep) toDrop.add(name);
  if (keep && comment?.startsWith(LOADED(profile))) return { name, url, note: `reused ${name} (${comment})` };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const started = performance.now();
  let what: string;
  if (profile === "demo") {
    const env = { ...baseEnv(), DATABASE_URL: url };
    await peaceops(["migrate"], env);
    what = (await peaceops(["seed", "--profile", "demo"], env)).trim().split("\n").pop()!;
    // Fresh tables have no statistics yet: without them the planner guesses (the hand-written Q1 runs
    // 5 times slower), and autovacuum would change the plans in the middle of the runs.
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query("VACUUM ANALYZE").finally(() => client.end());
  } else {
    console.error(`loading the register of bench:analytics into ${name} (a few minutes) ...`);
    const r = await loadRegister(url);
    what = `reference profile + ${r.deployments} deployments, ${r.officers} officers (${r.copies} generator runs)`;
  }
  const seconds = (performance.now() - started) / 1000;
  await admin(`COMMENT ON DATABASE ${name} IS '${LOADED(profile)} ${new Date().toISOString().slice(0, 10)} in ${seconds.toFixed(0)} s'`);
  return { name, url, note: `loaded ${name} in ${seconds.toFixed(1)} s: ${what}` };
}

async function createKey(env: NodeJS.ProcessEnv): Promise<string> {
  const out = await peaceops(["keys", "create", "--role", "ANALYST", "--name", `bench:graphql ${stamp}`, "--json"], env);
  return JSON.parse(out.trim().split("\n").pop()!).token;
}

// ---------------------------------------------------------------------------------------------
// Statements per request

/** peaceops's own count (extensions.sql with PEACEOPS_TRACE_SQL=1), from a server started for it. */
async function peaceopsStatements(server: Server, queries: QueryId[], key: string | null): Promise<Map<QueryId, number>> {
  const counts = new Map<QueryId, number>();
  for (const id of queries) {
    const req = request("peaceops", server, id, key);
    await answer(req, `peaceops ${id}`);
    const { json } = await answer(req, `peaceops ${id}`);
    const n = json.extensions?.sql?.statements;
    if (typeof n !== "number") throw new Error(`peaceops ${id}: no extensions.sql in the answer (PEACEOPS_TRACE_SQL=1 not in force?)`);
    counts.set(id, n);
  }
  return counts;
}

/** Counted at the server's pg client (statements.ts): the mean over 3 requests after a first one. */
async function clientStatements(target: TargetName, server: Server, id: QueryId): Promise<number> {
  const req = request(target, server, id, null);
  await answer(req, `${target} ${id}`);
  const before = (await server.probe("read")).counters?.statements ?? 0;
  for (let i = 0; i < 3; i++) await answer(req, `${target} ${id}`);
  const after = (await server.probe("read")).counters?.statements ?? 0;
  return Math.round(((after - before) / 3) * 10) / 10;
}

// ---------------------------------------------------------------------------------------------
// Runs

interface Row extends Omit<Window, "hash"> {
  profile: Profile;
  query: QueryId;
  target: TargetName;
  rep: number;
  statementsPerRequest: number | null;
}

const rows: Row[] = [];
const notes: string[] = [];
/** "<profile> <query>" -> the latency alone (ms) of each run measured over a number of requests. */
const slow = new Map<string, number[]>();
let failed = false;

function record(row: Row, meta: Record<string, unknown>): void {
  rows.push(row);
  fs.appendFileSync(resultsFile, JSON.stringify({ date: new Date().toISOString(), ...meta, ...row }) + "\n");
  const w = row;
  console.error(`  ${w.profile} ${w.query} ${w.target.padEnd(12)} r${w.rep}: ${w.rps} req/s, p50 ${w.latencyMs.p50} ms, p99 ${w.latencyMs.p99} ms, ` +
    `server ${w.serverCpuMsPerRequest} ms/req, pg ${w.pgCpuMsPerRequest ?? "-"} ms/req, ${w.allocatedKbPerRequest ?? "?"} KB/req, ` +
    `errors ${w.errors}, other CPU ${w.otherCpuPct}%${w.health ? `, /healthz p99 ${w.health.p99} ms` : ""}`);
}

interface ProfileRun {
  profile: Profile;
  targets: { name: TargetName; server: Server }[];
  key: string | null;
  statements: Map<string, number>;
  database: { admin: Client; name: string } | null;
  healthz: boolean;
}

/** Each query: answers compared, then every target measured, in alternating order, --repeats times. */
async function runQueries(run: ProfileRun, o: Options, ctx: AnswerContext, meta: Record<string, unknown>): Promise<void> {
  for (const id of o.only) {
    const answers = new Map<TargetName, unknown[]>();
    for (const t of run.targets) answers.set(t.name, values(id, t.name, (await answer(request(t.name, t.server, id, run.key), `${t.name} ${id}`)).json, ctx));
    const reference = answers.get("peaceops")!;
    const others = run.targets.filter((t) => t.name !== "peaceops").map((t) => ({ name: t.name, diff: difference(reference, answers.get(t.name)!) }));
    const same = others.filter((x) => x.diff === null).map((x) => x.name);
    const agreement = !others.length ? "peaceops only" : same.length === others.length ? `peaceops = ${same.join(" = ")}, value by value` : "see below";
    notes.push(`${run.profile} ${id}: ${summary(id, reference)}; ${agreement}`);
    for (const x of others.filter((x) => x.diff !== null)) {
      notes.push(`${run.profile} ${id}: peaceops and ${x.name} DIFFER: ${x.diff}`);
      failed = true;
    }
    for (let rep = 1; rep <= o.repeats; rep++) {
      const order = rep % 2 === 1 ? run.targets : [...run.targets].reverse();
      for (const t of order) {
        const w = await measure({
          server: t.server, request: request(t.name, t.server, id, run.key), database: run.database, connections: o.connections,
          warmupS: o.warmupS, durationS: o.durationS, healthUrl: run.healthz ? `${t.server.url}/healthz` : undefined,
          settleMaxS: run.profile === "1m" ? 120 : 30,
        });
        const { hash, ...window } = w;
        if (w.mode === "requests") slow.set(`${run.profile} ${id}`, [...(slow.get(`${run.profile} ${id}`) ?? []), w.aloneMs]);
        record({ profile: run.profile, query: id, target: t.name, rep, statementsPerRequest: run.statements.get(`${t.name} ${id}`) ?? null, ...window }, { ...meta, answerHash: hash });
      }
    }
  }
}

async function postgresProfile(profile: "demo" | "1m", o: Options, meta: Record<string, unknown>): Promise<void> {
  const db = await prepareDatabase(profile, o.keepData);
  notes.push(`${profile}: ${db.note}`);
  const env = { ...baseEnv(), DATABASE_URL: db.url };
  const key = await createKey(env);
  const dbClient = new Client({ connectionString: db.url });
  await dbClient.connect();
  const ctx: AnswerContext = { missionCodes: new Map((await dbClient.query(`SELECT id::text, code FROM mission`)).rows.map((r) => [r.id, r.code])) };
  await dbClient.end();
  const adminClient = new Client({ connectionString: ADMIN_URL });
  await adminClient.connect();
  const servers: Server[] = [];
  try {
    const po = (port: number, extra: NodeJS.ProcessEnv, log: string) =>
      startServer("peaceops", [path.join(ROOT, "bin", "peaceops.js"), "serve"], { ...env, ...extra }, port, "/readyz", logFile(log));
    const statements = new Map<string, number>();
    const traced = await po(o.portBase + 2, { PEACEOPS_TRACE_SQL: "1" }, `${profile}-peaceops-traced`);
    for (const [id, n] of await peaceopsStatements(traced, o.only, key)) statements.set(`peaceops ${id}`, n);
    await stop(traced.child);

    const ts = (name: string, file: string, port: number, ready: string) =>
      startServer(name, ["-r", "@swc-node/register", path.join(__dirname, "graphql", file)], env, port, ready, logFile(`${profile}-${name}`));
    servers.push(await po(o.portBase + 2, {}, `${profile}-peaceops`));
    servers.push(await ts("postgraphile", "postgraphile-server.ts", o.portBase, "/graphql"));
    servers.push(await ts("raw", "raw-server.ts", o.portBase + 1, "/q3"));
    const targets = (["peaceops", "postgraphile", "raw"] as TargetName[]).map((name, i) => ({ name, server: servers[i] }));
    for (const t of targets.slice(1)) for (const id of o.only) statements.set(`${t.name} ${id}`, await clientStatements(t.name, t.server, id));
    await runQueries({ profile, targets, key, statements, database: { admin: adminClient, name: db.name }, healthz: false }, o, ctx, meta);
  } finally {
    for (const s of servers) await stop(s.child);
    await adminClient.end();
  }
}

async function embeddedProfile(o: Options, meta: Record<string, unknown>): Promise<void> {
  // The server keeps its control socket beside the data directory (<dir>.run): both go in one scratch directory.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-graphql-embedded-"));
  toRemove.add(scratch);
  const dataDir = path.join(scratch, "data");
  const env = { ...baseEnv(), PEACEOPS_DATA_DIR: dataDir };
  const port = o.portBase + 2;
  const started = performance.now();
  // The first start seeds the demo profile; the key is made through that server (it owns the database).
  const traced = await startServer("peaceops", [path.join(ROOT, "bin", "peaceops.js"), "serve"], { ...env, PEACEOPS_TRACE_SQL: "1" }, port, "/readyz", logFile("embedded-peaceops-traced"));
  notes.push(`embedded: demo profile seeded into a new data directory, server ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let server: Server | null = null;
  try {
    const key = await createKey(env);
    const statements = new Map<string, number>();
    for (const [id, n] of await peaceopsStatements(traced, o.only, key)) statements.set(`peaceops ${id}`, n);
    await stop(traced.child);
    server = await startServer("peaceops", [path.join(ROOT, "bin", "peaceops.js"), "serve"], env, port, "/readyz", logFile("embedded-peaceops"));
    await runQueries({ profile: "embedded", targets: [{ name: "peaceops", server }], key, statements, database: null, healthz: true }, o, { missionCodes: new Map() }, meta);
  } finally {
    await stop(traced.child);
    if (server) await stop(server.child);
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function fmt(v: number | null | undefined, digits?: number): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "-";
  const d = digits ?? (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3);
  return v.toFixed(d);
}

function table(): string {
  const header = ["profile", "query", "target", "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "PG CPU ms/req", "statements/req", "alloc KB/req", "errors", "other CPU %"];
  const lines: string[][] = [];
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const k = `${r.profile}\u0000${r.query}\u0000${r.target}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const avg = (rs: Row[], f: (r: Row) => number | null) => {
    const xs = rs.map(f).filter((x): x is number => x !== null);
    return xs.length ? mean(xs) : null;
  };
  const figures = (rs: Row[]) => ({
    rps: avg(rs, (r) => r.rps), p50: avg(rs, (r) => r.latencyMs.p50), p99: avg(rs, (r) => r.latencyMs.p99),
    cpu: avg(rs, (r) => r.serverCpuMsPerRequest), pg: avg(rs, (r) => r.pgCpuMsPerRequest), st: rs[0].statementsPerRequest, alloc: avg(rs, (r) => r.allocatedKbPerRequest),
  });
  const seen = new Set<string>();
  for (const r of rows) {
    const pq = `${r.profile}\u0000${r.query}`;
    if (seen.has(pq)) continue;
    seen.add(pq);
    const byTarget = new Map<TargetName, Row[]>();
    for (const t of ["peaceops", "postgraphile", "raw"] as TargetName[]) {
      const rs = groups.get(`${pq}\u0000${t}`);
      if (!rs) continue;
      byTarget.set(t, rs);
      const f = figures(rs);
      const rps = rs.length > 1 ? `${fmt(f.rps)} (${rs.map((x) => fmt(x.rps)).join(" / ")})` : fmt(f.rps);
      lines.push([r.profile, r.query, t, rps, fmt(f.p50), fmt(f.p99), fmt(f.cpu), r.profile === "embedded" ? "in server" : fmt(f.pg), fmt(f.st, 1),
        fmt(f.alloc, 0), String(rs.reduce((s, x) => s + x.errors, 0)), fmt(avg(rs, (x) => x.otherCpuPct), 0)]);
    }
    const ours = byTarget.get("peaceops");
    for (const other of ["postgraphile", "raw"] as TargetName[]) {
      const theirs = byTarget.get(other);
      if (!ours || !theirs) continue;
      const a = figures(ours);
      const b = figures(theirs);
      const ratio = (x: number | null, y: number | null) => (x === null || y === null || y === 0 ? "-" : `x${fmt(x / y, 2)}`);
      lines.push(["", "", `peaceops / ${other}`, ratio(a.rps, b.rps), ratio(a.p50, b.p50), ratio(a.p99, b.p99), ratio(a.cpu, b.cpu), ratio(a.pg, b.pg),
        ratio(a.st, b.st), ratio(a.alloc, b.alloc), "", ""]);
    }
  }
  const width = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 3 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(" | ")} |`;
  return [line(header), `|${width.map((w, i) => (i < 3 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...lines.map(line)].join("\n");
}

function healthLines(): string[] {
  return rows
    .filter((r) => r.health)
    .map((r) => `embedded /healthz during ${r.query} r${r.rep}: p50 ${r.health!.p50} ms, p99 ${r.health!.p99} ms, max ${r.health!.max} ms ` +
      `(${r.health!.probes} probes; goal p99 < 100 ms: ${r.health!.p99 < 100 ? "met" : "MISSED"})`);
}

// ---------------------------------------------------------------------------------------------

function runInfo(o: Options): Record<string, unknown> {
  const git = (args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    } catch {
      return null;
    }
  };
  const compiled = path.join(ROOT, "dist", "cli", "main.js");
  const newest = (dir: string): number =>
    Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)));
  const fromDist = fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= newest(path.join(ROOT, "src"));
  return {
    session: stamp, commit: git(["rev-parse", "--short", "HEAD"]), dirty: (git(["status", "--porcelain", "src"]) ?? "") !== "",
    node: process.version, cpus: os.cpus().length, peaceopsRuns: fromDist ? "dist" : "src (SWC)",
    connections: o.connections, durationS: o.durationS, warmupS: o.warmupS,
  };
}

async function cleanup(): Promise<void> {
  await stopAll();
  for (const name of toDrop) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((err) => console.error(`could not drop ${name}: ${err.message}`));
  toDrop.clear();
  for (const dir of toRemove) fs.rmSync(dir, { recursive: true, force: true });
  toRemove.clear();
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  fs.mkdirSync(resultsDir, { recursive: true });
  const info = runInfo(o);
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the servers started by this run`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  console.error(`bench:graphql ${o.profiles.join(", ")}: ${o.only.join(", ")}, ${o.repeats} repeats of ${o.durationS} s (after ${o.warmupS} s of warm-up) ` +
    `at ${o.connections} connections; peaceops ${info.commit}${info.dirty ? " with uncommitted changes in src/" : ""} from ${info.peaceopsRuns}; results in ${path.relative(process.cwd(), resultsFile)}`);
  try {
    for (const profile of o.profiles) {
      console.error(`profile ${profile}`);
      const meta = { ...info, profileName: profile };
      if (profile === "embedded") await embeddedProfile(o, meta);
      else await postgresProfile(profile, o, meta);
    }
  } finally {
    await cleanup();
  }
  console.log(`bench:graphql, ${info.node}, ${info.cpus} CPUs, ${o.connections} connections, ${o.durationS} s per run after ${o.warmupS} s of warm-up, ` +
    `${o.repeats} runs per query and server in alternating order; peaceops ${info.commit}${info.dirty ? "+changes" : ""} (${info.peaceopsRuns})`);
  for (const id of o.only) console.log(`  ${id}: ${QUERY_TITLES[id]}`);
  console.log();
  console.log(table());
  console.log();
  const slowLines = [...slow].map(([what, ms]) =>
    `${what}: ${(Math.min(...ms) / 1000).toFixed(1)}-${(Math.max(...ms) / 1000).toFixed(1)} s alone, so each run was ${Math.max(20, 2 * o.connections)} requests ` +
    `(2 per connection) instead of ${o.durationS} s`);
  for (const n of [...notes, ...slowLines, ...healthLines()]) console.log(n);
  console.log(`results: ${path.relative(process.cwd(), resultsFile)}`);
  if (failed) {
    console.log("FAILED: the servers do not give the same answers (see above)");
    process.exitCode = 1;
  }
}

main().catch(async (err) => {
  console.error(err);
  await cleanup().catch(() => undefined);
  process.exit(1);
});
