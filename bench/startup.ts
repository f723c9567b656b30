// Startup of the embedded default: `npm run bench:startup`.
// 1. seeds the demo profile into a new data directory (the first start) and times it;
// 2. restarts `peaceops serve` on that seeded directory N times: time to a ready /readyz and RSS;
// 3. baseline, in the same run: a bare PGlite opening the same directory in a fresh process.
// Prints medians and the ratio server/baseline. Nothing here asserts: figures go to the README.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BIN = path.join(__dirname, "..", "bin", "peaceops.js");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-bench-"));
const dataDir = path.join(work, "data");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

async function serveOnce(): Promise<{ readyMs: number; rss: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "serve"], {
    env: { ...process.env, PEACEOPS_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = /serving GraphQL at (\S+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const res = await fetch(`${url}/readyz`);
  if (!res.ok) throw new Error(`/readyz answered ${res.status}`);
  const readyMs = performance.now() - started;
  const rss = rssMb(child.pid!);
  await new Promise<void>((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
  return { readyMs, rss };
}

async function bareOnce(): Promise<{ readyMs: number; rss: number }> {
  const script = `const { PGlite } = require("@electric-sql/pglite");
    (async () => { const db = new PGlite(${JSON.stringify(dataDir)}); await db.query("SELECT 1");
      process.stdout.write("ready\\n"); setInterval(() => {}, 1000); })();`;
  const started = performance.now();
  const child = spawn(process.execPath, ["-e", script], { cwd: path.join(__dirname, ".."), stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const readyMs = performance.now() - started;
  const rss = rssMb(child.pid!);
  await new Promise<void>((resolve) => {
    child.on("exit", () => resolve());
    child.kill("SIGKILL");
  });
  return { readyMs, rss };
}

async function main() {
  const seedStart = performance.now();
  const seed = spawn(process.execPath, [BIN, "seed", "--profile", "demo"], { env: { ...process.env, PEACEOPS_DATA_DIR: dataDir }, stdio: "inherit" });
  await new Promise((resolve) => seed.on("exit", resolve));
  const seedMs = performance.now() - seedStart;

  const server: { readyMs: number; rss: number }[] = [];
  const bare: { readyMs: number; rss: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    server.push(await serveOnce());
    bare.push(await bareOnce());
  }
  const s = { ready: median(server.map((r) => r.readyMs)), rss: median(server.map((r) => r.rss)) };
  const b = { ready: median(bare.map((r) => r.readyMs)), rss: median(bare.map((r) => r.rss)) };
  console.log(`demo seed into a new embedded database (migrate + seed, one process): ${(seedMs / 1000).toFixed(1)} s`);
  console.log(`restart on the seeded directory, median of ${RUNS}:`);
  console.log(`  peaceops serve  ready ${s.ready.toFixed(0)} ms, RSS ${s.rss.toFixed(0)} MB`);
  console.log(`  bare PGlite     ready ${b.ready.toFixed(0)} ms, RSS ${b.rss.toFixed(0)} MB  (baseline)`);
  console.log(`  ratio           time x${(s.ready / b.ready).toFixed(2)}, memory x${(s.rss / b.rss).toFixed(2)}`);
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
