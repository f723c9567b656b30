// peaceops side by side with PostGraphile and with hand-written SQL: `npm run bench:graphql`.
// Serves the same PostgreSQL tables through four servers, each a process of its own:
//   peaceops (answer cache)  `node bin/peaceops.js serve` (NODE_ENV=production, LOG_LEVEL=warn unless set),
//                 as served by default: the analytics answer cache on, so Q2, asked again and again at
//                 an unchanged data version, is answered from the cache (a hit);
//   peaceops (cache off)     the same with PEACEOPS_ANSWER_CACHE=off: every answer computed, the execution
//                 path. Q1 and Q3 are not cacheable, so on them the two should agree; Q2 tells them apart;
//   postgraphile  PostGraphile 5 (amber preset, pg-aggregates, connection-filter), bench/graphql/postgraphile-server.ts;
//   raw           one hand-written SQL statement per request that builds peaceops's answer (bench/graphql/sql/),
//                 bench/graphql/raw-server.ts: the limit.
// and runs each query on each of them in alternating order (A B C D, then D C B A, ...) with autocannon
// in a process of its own: req/s, p50/p99 latency, server CPU ms per request (/proc/<pid>/stat),
// PostgreSQL CPU ms per request (the backends of the benchmark's database), statements per request and
// JavaScript heap allocations per request (bench/graphql/alloc-probe.cjs), with the ratios of each
// peaceops to PostGraphile and to raw. Before measuring, the answers of each query are reduced to
// their values and compared value by value (bench/graphql/answers.ts), the answer cache's both as
// computed (its first answer, a miss) and as served from the cache (the next, which must be a hit
// for a cacheable query); a difference fails the run. The X-Peaceops-Cache header of the answers
// just before and after each load is recorded; a cacheable query the cache did not answer is noted.
// Statements per request: peaceops's own count (extensions.sql) from an instance of each kind started
// with PEACEOPS_TRACE_SQL=1, read on the second of two answers; a hit runs none of the request's
// statements, and the data version read that decides it is not counted in extensions.sql (nor for a
// computed answer), so a hit reports "0 (hit)". The others: counted at their pg client.
//
// Profiles (--profile, comma-separated; default demo,embedded):
//   demo      scratch database bench_graphql_demo: `peaceops migrate`, `peaceops seed --profile demo`,
//             VACUUM ANALYZE;
//   1m        scratch database bench_graphql_1m: the reference profile and the 1,000,719-deployment
//             register of bench:analytics (its prepareDatabase; a few minutes to load);
//   embedded  peaceops alone on the embedded database (PGlite), demo data, in a scratch data directory,
//             with the answer cache off (the execution path; one process owns the data directory, so
//             the two kinds cannot run side by side); /healthz latency is probed every 50 ms while each
//             query's load runs.
// The scratch databases (bench_graphql_demo, bench_graphql_1m; BENCH_GRAPHQL_DATABASE_PREFIX changes
// "bench_graphql") live on the PostgreSQL server of BENCH_DATABASE_URL (an admin URL, default
// postgres://postgres@127.0.0.1:5432/test, as bench:analytics) and must be on this machine: their
// backends' CPU is read from /proc. They are dropped at the end unless --keep-data, which also reuses
// a database a previous run loaded completely.
//
// Options: --profile demo|1m|embedded|all  --duration S [10]  --warmup S [3]  --connections N [10]
//          --only Q1,Q3 (of Q1 Q2 Q3)  --repeats N [2]  --keep-data  --port-base N [5601: PostGraphile N,
//          raw N+1, peaceops N+2, peaceops with the answer cache off N+3; a port already taken is refused]
// A query whose answer alone takes more than --duration / (2 x --connections) (Q2 on the 1M register)
// is measured over 2 requests per connection instead, until the last is answered.
// Output: a table on stdout; one JSON line per measurement in bench/results/graphql-<time>.jsonl (its
// "target": peaceops, peaceops-cache-off, postgraphile or raw; "label" as in the table), then one line
// per profile and query with "summary": true (each target's means over the runs, and the ratios of
// each peaceops to PostGraphile and to raw), next to the servers' logs. Nothing here asserts a speed:
// the figures go to the README.
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

/** What is measured: a server and, for peaceops, whether its analytics answer cache is on. */
type TargetId = "peaceops" | "peaceops-cache-off" | "postgraphile" | "raw";
const TARGETS: TargetId[] = ["peaceops", "peaceops-cache-off", "postgraphile", "raw"];
/** The kind of server, which decides the request and how its answer is read. */
const KIND: Record<TargetId, TargetName> = { peaceops: "peaceops", "peaceops-cache-off": "peaceops", postgraphile: "postgraphile", raw: "raw" };
const LABEL: Record<TargetId, string> = {
  peaceops: "peaceops (answer cache)", "peaceops-cache-off": "peaceops (cache off)", postgraphile: "postgraphile", raw: "raw",
};
const PEACEOPS_TARGETS: TargetId[] = ["peaceops", "peaceops-cache-off"];
/** The environment of each peaceops server beyond the common one. */
const PEACEOPS_ENV: Record<"peaceops" | "peaceops-cache-off", NodeJS.ProcessEnv> = {
  peaceops: {}, "peaceops-cache-off": { PEACEOPS_ANSWER_CACHE: "off" },
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

/**
 * peaceops's own count (extensions.sql with PEACEOPS_TRACE_SQL=1), from a server started for it, on
 * the second of two answers: with the answer cache on, that of a cacheable query is a hit, which runs
 * none of the request's statements (the data version read that decides it is not counted, as it is
 * not for a computed answer either). `hit`: the second answer was a hit.
 */
async function peaceopsStatements(server: Server, queries: QueryId[], key: string | null): Promise<Map<QueryId, { n: number; hit: boolean }>> {
  const counts = new Map<QueryId, { n: number; hit: boolean }>();
  for (const id of queries) {
    const req = request("peaceops", server, id, key);
    await answer(req, `${server.name} ${id}`);
    const { json, cache } = await answer(req, `${server.name} ${id}`);
    const n = json.extensions?.sql?.statements;
    if (typeof n !== "number") throw new Error(`${server.name} ${id}: no extensions.sql in the answer (PEACEOPS_TRACE_SQL=1 not in force?)`);
    counts.set(id, { n, hit: cache === "hit" });
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
  target: TargetId;
  label: string;
  /** peaceops only: PEACEOPS_ANSWER_CACHE of the server. */
  answerCache?: "on" | "off";
  rep: number;
  statementsPerRequest: number | null;
  /** The statements were counted on an answer from the answer cache (a hit). */
  statementsOfHit: boolean;
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
  console.error(`  ${w.profile} ${w.query} ${w.label.padEnd(23)} r${w.rep}: ${w.rps} req/s, p50 ${w.latencyMs.p50} ms, p99 ${w.latencyMs.p99} ms, ` +
    `server ${w.serverCpuMsPerRequest} ms/req, pg ${w.pgCpuMsPerRequest ?? "-"} ms/req, ${w.allocatedKbPerRequest ?? "?"} KB/req, ` +
    `errors ${w.errors}, other CPU ${w.otherCpuPct}%${w.cache.after ? `, cache ${w.cache.before}/${w.cache.after}` : ""}${w.health ? `, /healthz p99 ${w.health.p99} ms` : ""}`);
}

interface Target {
  id: TargetId;
  server: Server;
}

/** "<target> <query>" -> statements per request, and whether they were counted on a hit of the answer cache. */
type Statements = Map<string, { n: number; hit: boolean }>;

interface ProfileRun {
  profile: Profile;
  targets: Target[];
  key: string | null;
  statements: Statements;
  database: { admin: Client; name: string } | null;
  healthz: boolean;
}

/** Each query: answers compared, then every target measured, in alternating order, --repeats times. */
async function runQueries(run: ProfileRun, o: Options, ctx: AnswerContext, meta: Record<string, unknown>): Promise<void> {
  for (const id of o.only) {
    // The first peaceops target's first answer is the reference. A server with the answer cache on
    // is asked twice: its first answer is computed (a miss), the second, if the query is cacheable,
    // comes from the cache; both are compared.
    const answers: { what: string; values: unknown[] }[] = [];
    const hits: string[] = [];
    for (const t of run.targets) {
      const req = request(KIND[t.id], t.server, id, run.key);
      const first = await answer(req, `${LABEL[t.id]} ${id}`);
      answers.push({ what: LABEL[t.id], values: values(id, KIND[t.id], first.json, ctx) });
      if (t.id === "peaceops") {
        const again = await answer(req, `${LABEL[t.id]} ${id}`);
        if (again.cache === "hit") {
          answers.push({ what: `${LABEL[t.id]}, a hit`, values: values(id, KIND[t.id], again.json, ctx) });
          hits.push(LABEL[t.id]);
        } else if (again.cache === "miss") notes.push(`${run.profile} ${id}: ${LABEL[t.id]} asked again was a miss: its runs measure computed answers`);
      }
    }
    const [reference, ...others] = answers;
    const diffs = others.map((x) => ({ what: x.what, diff: difference(reference.values, x.values) }));
    const agreement = !others.length ? `${reference.what} only` : diffs.every((x) => x.diff === null) ? `${answers.map((x) => x.what).join(" = ")}, value by value` : "see below";
    notes.push(`${run.profile} ${id}: ${summary(id, reference.values)}; ${agreement}`);
    for (const x of diffs.filter((x) => x.diff !== null)) {
      notes.push(`${run.profile} ${id}: ${reference.what} and ${x.what} DIFFER: ${x.diff}`);
      failed = true;
    }
    for (let rep = 1; rep <= o.repeats; rep++) {
      const order = rep % 2 === 1 ? run.targets : [...run.targets].reverse();
      for (const t of order) {
        const w = await measure({
          server: t.server, request: request(KIND[t.id], t.server, id, run.key), database: run.database, connections: o.connections,
          warmupS: o.warmupS, durationS: o.durationS, healthUrl: run.healthz ? `${t.server.url}/healthz` : undefined,
          settleMaxS: run.profile === "1m" ? 120 : 30,
        });
        const { hash, ...window } = w;
        if (w.mode === "requests") slow.set(`${run.profile} ${id}`, [...(slow.get(`${run.profile} ${id}`) ?? []), w.aloneMs]);
        // A query the cache answered before the load that it did not answer after, or the reverse: the
        // run mixed hits and computed answers.
        if (hits.includes(LABEL[t.id]) && (w.cache.before !== "hit" || w.cache.after !== "hit"))
          notes.push(`${run.profile} ${id} ${LABEL[t.id]} r${rep}: X-Peaceops-Cache ${w.cache.before} before the load, ${w.cache.after} after: not all answers were hits`);
        const st = run.statements.get(`${t.id} ${id}`);
        record({
          profile: run.profile, query: id, target: t.id, label: LABEL[t.id],
          answerCache: KIND[t.id] !== "peaceops" ? undefined : t.id === "peaceops-cache-off" ? "off" : "on",
          rep, statementsPerRequest: st?.n ?? null, statementsOfHit: st?.hit ?? false, ...window,
        }, { ...meta, answerHash: hash });
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
    const po = (id: "peaceops" | "peaceops-cache-off", port: number, extra: NodeJS.ProcessEnv, log: string) =>
      startServer(LABEL[id], [path.join(ROOT, "bin", "peaceops.js"), "serve"], { ...env, ...PEACEOPS_ENV[id], ...extra }, port, "/readyz", logFile(log));
    const statements: Statements = new Map();
    for (const id of ["peaceops", "peaceops-cache-off"] as const) {
      const traced = await po(id, o.portBase + 2, { PEACEOPS_TRACE_SQL: "1" }, `${profile}-${id}-traced`);
      try {
        for (const [q, n] of await peaceopsStatements(traced, o.only, key)) statements.set(`${id} ${q}`, n);
      } finally {
        await stop(traced.child);
      }
    }

    const ts = (name: string, file: string, port: number, ready: string) =>
      startServer(name, ["-r", "@swc-node/register", path.join(__dirname, "graphql", file)], env, port, ready, logFile(`${profile}-${name}`));
    const ports: Record<TargetId, number> = { postgraphile: o.portBase, raw: o.portBase + 1, peaceops: o.portBase + 2, "peaceops-cache-off": o.portBase + 3 };
    const targets: Target[] = [];
    for (const id of TARGETS) {
      const server = id === "postgraphile" ? await ts("postgraphile", "postgraphile-server.ts", ports[id], "/graphql")
        : id === "raw" ? await ts("raw", "raw-server.ts", ports[id], "/q3")
        : await po(id, ports[id], {}, `${profile}-${id}`);
      servers.push(server);
      targets.push({ id, server });
    }
    for (const t of targets.filter((t) => KIND[t.id] !== "peaceops"))
      for (const id of o.only) statements.set(`${t.id} ${id}`, { n: await clientStatements(KIND[t.id], t.server, id), hit: false });
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
  // One process owns the data directory: peaceops alone, with the answer cache off (the execution path).
  const id = "peaceops-cache-off";
  const traced = await startServer(LABEL[id], [path.join(ROOT, "bin", "peaceops.js"), "serve"], { ...env, ...PEACEOPS_ENV[id], PEACEOPS_TRACE_SQL: "1" }, port, "/readyz", logFile(`embedded-${id}-traced`));
  notes.push(`embedded: demo profile seeded into a new data directory, server ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let server: Server | null = null;
  try {
    const key = await createKey(env);
    const statements: Statements = new Map();
    for (const [q, n] of await peaceopsStatements(traced, o.only, key)) statements.set(`${id} ${q}`, n);
    await stop(traced.child);
    server = await startServer(LABEL[id], [path.join(ROOT, "bin", "peaceops.js"), "serve"], { ...env, ...PEACEOPS_ENV[id] }, port, "/readyz", logFile(`embedded-${id}`));
    await runQueries({ profile: "embedded", targets: [{ id, server }], key, statements, database: null, healthz: true }, o, { missionCodes: new Map() }, meta);
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

interface Figures {
  runs: number;
  rps: number | null;
  p50: number | null;
  p99: number | null;
  serverCpuMsPerRequest: number | null;
  pgCpuMsPerRequest: number | null;
  statementsPerRequest: number | null;
  statementsOfHit: boolean;
  allocatedKbPerRequest: number | null;
  errors: number;
  otherCpuPct: number | null;
}

interface Summary {
  profile: Profile;
  query: QueryId;
  targets: ({ target: TargetId; label: string; rpsOfRuns: number[] } & Figures)[];
  /** Each peaceops target against PostGraphile and raw: peaceops's figure / theirs. */
  ratios: { of: TargetId; to: TargetId; label: string; rps: number | null; p50: number | null; p99: number | null; serverCpu: number | null; pgCpu: number | null; statements: number | null; allocated: number | null }[];
}

/** The runs' means per profile, query and target, in the order they ran, and the ratios of each peaceops. */
function summaries(): Summary[] {
  const avg = (rs: Row[], f: (r: Row) => number | null) => {
    const xs = rs.map(f).filter((x): x is number => x !== null);
    return xs.length ? mean(xs) : null;
  };
  const figures = (rs: Row[]): Figures => ({
    runs: rs.length, rps: avg(rs, (r) => r.rps), p50: avg(rs, (r) => r.latencyMs.p50), p99: avg(rs, (r) => r.latencyMs.p99),
    serverCpuMsPerRequest: avg(rs, (r) => r.serverCpuMsPerRequest), pgCpuMsPerRequest: avg(rs, (r) => r.pgCpuMsPerRequest),
    statementsPerRequest: rs[0].statementsPerRequest, statementsOfHit: rs[0].statementsOfHit, allocatedKbPerRequest: avg(rs, (r) => r.allocatedKbPerRequest),
    errors: rs.reduce((s, x) => s + x.errors, 0), otherCpuPct: avg(rs, (x) => x.otherCpuPct),
  });
  const ratio = (x: number | null, y: number | null) => (x === null || y === null || y === 0 ? null : x / y);
  const out: Summary[] = [];
  for (const r of rows) {
    if (out.some((x) => x.profile === r.profile && x.query === r.query)) continue;
    const of = (t: TargetId) => rows.filter((x) => x.profile === r.profile && x.query === r.query && x.target === t);
    const targets = TARGETS.filter((t) => of(t).length).map((t) => ({ target: t, label: LABEL[t], rpsOfRuns: of(t).map((x) => x.rps), ...figures(of(t)) }));
    const ratios: Summary["ratios"] = [];
    for (const a of targets.filter((t) => PEACEOPS_TARGETS.includes(t.target)))
      for (const b of targets.filter((t) => t.target === "postgraphile" || t.target === "raw"))
        ratios.push({
          of: a.target, to: b.target, label: `${a.label} / ${b.label}`, rps: ratio(a.rps, b.rps), p50: ratio(a.p50, b.p50), p99: ratio(a.p99, b.p99),
          serverCpu: ratio(a.serverCpuMsPerRequest, b.serverCpuMsPerRequest), pgCpu: ratio(a.pgCpuMsPerRequest, b.pgCpuMsPerRequest),
          statements: ratio(a.statementsPerRequest, b.statementsPerRequest), allocated: ratio(a.allocatedKbPerRequest, b.allocatedKbPerRequest),
        });
    out.push({ profile: r.profile, query: r.query, targets, ratios });
  }
  return out;
}

function table(sums: Summary[]): string {
  const header = ["profile", "query", "target", "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "PG CPU ms/req", "statements/req", "alloc KB/req", "errors", "other CPU %"];
  const lines: string[][] = [];
  const x = (v: number | null) => (v === null ? "-" : `x${fmt(v, 2)}`);
  for (const s of sums) {
    for (const f of s.targets) {
      const rps = f.rpsOfRuns.length > 1 ? `${fmt(f.rps)} (${f.rpsOfRuns.map((v) => fmt(v)).join(" / ")})` : fmt(f.rps);
      const st = f.statementsOfHit ? `${fmt(f.statementsPerRequest, 1)} (hit)` : fmt(f.statementsPerRequest, 1);
      lines.push([s.profile, s.query, f.label, rps, fmt(f.p50), fmt(f.p99), fmt(f.serverCpuMsPerRequest), s.profile === "embedded" ? "in server" : fmt(f.pgCpuMsPerRequest), st,
        fmt(f.allocatedKbPerRequest, 0), String(f.errors), fmt(f.otherCpuPct, 0)]);
    }
    for (const r of s.ratios) lines.push(["", "", r.label, x(r.rps), x(r.p50), x(r.p99), x(r.serverCpu), x(r.pgCpu), x(r.statements), x(r.allocated), "", ""]);
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
  const sums = summaries();
  for (const x of sums) fs.appendFileSync(resultsFile, JSON.stringify({ date: new Date().toISOString(), ...info, summary: true, ...x }) + "\n");
  console.log(table(sums));
  console.log();
  const slowLines = [...slow].map(([what, ms]) =>
    `${what}: ${(Math.min(...ms) / 1000).toFixed(1)}-${(Math.max(...ms) / 1000).toFixed(1)} s alone, so each run was ${Math.max(20, 2 * o.connections)} requests ` +
    `(2 per connection) instead of ${o.durationS} s`);
  const hitNote = rows.some((r) => r.statementsOfHit)
    ? [`statements/req "(hit)": answered from the analytics answer cache, none of the request's statements run (the data version read that decides a hit, shared by concurrent requests, is not counted in extensions.sql)`]
    : [];
  for (const n of [...notes, ...hitNote, ...slowLines, ...healthLines()]) console.log(n);
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
