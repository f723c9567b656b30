// The dashboard's first view in a real browser: `npm run bench:web`.
// Starts `peaceops serve` (a process of its own) on the embedded demo database (a new data directory
// seeded for the run, or BENCH_DATA_DIR to reuse one), opens `/` in Debian's Chromium (PEACEOPS_CHROMIUM
// or PATH) BENCH_RUNS times (default 7), each in a new browser context (an empty cache), and reads the
// page's own Performance API: the time from navigation to the mark the dashboard sets when every chart
// of its first view is drawn. The first navigation after the server started is reported apart (its
// documents are compiled then). Baseline, in the same run: the same GraphQL requests the page sent,
// replayed from this process all at once as the page sends them; the ratio says what the page adds to
// the time of its data. Also: the JavaScript the dashboard loads (gzip -9 of each script it fetched)
// and the explorer's, apart. Goals (issue): ready within 1,500 ms; under 400 kB of gzipped JavaScript.
// Nothing here asserts a speed.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "../src/report/pdf";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BIN = path.join(__dirname, "..", "bin", "peaceops.js");
const READY_MARK = "peaceops:dashboard-ready";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function serve(dataDir: string): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, "serve"], { env: { ...process.env, PEACEOPS_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /serving GraphQL at (\S+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { origin, child };
}

interface Visit {
  readyMs: number;
  /** Every GraphQL request the page sent (bodies), for the baseline. */
  requests: string[];
  /** Scripts the page fetched, with their bytes gzipped. */
  scripts: Map<string, number>;
}

async function visit(browser: Browser, url: string, waitForReady: boolean): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const scripts = new Map<string, number>();
  const bodies: Promise<void>[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/graphql") && r.method() === "POST") requests.push(r.postData() ?? "");
  });
  page.on("response", (r) => {
    if (r.request().resourceType() === "script" || r.url().endsWith(".js")) bodies.push(r.body().then((b) => void scripts.set(r.url(), gzipSync(b, { level: 9 }).length)));
  });
  await page.goto(url);
  let readyMs = NaN;
  if (waitForReady) {
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 60_000 });
    readyMs = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, READY_MARK);
  } else {
    await page.waitForSelector(".graphiql-execute-button", { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
  }
  await Promise.all(bodies);
  await context.close();
  return { readyMs, requests, scripts };
}

async function replay(origin: string, requests: string[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    requests.map(async (body) => {
      const res = await fetch(`${origin}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
      const json = (await res.json()) as { errors?: { message: string }[] };
      if (json.errors) throw new Error(`the replayed request failed: ${json.errors[0].message}`);
    }),
  );
  return performance.now() - started;
}

async function main(): Promise<void> {
  const keep = process.env.BENCH_DATA_DIR;
  const work = keep ? null : fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-bench-web-"));
  const dataDir = keep ?? path.join(work!, "data");
  const seeding = performance.now();
  const { origin, child } = await serve(dataDir);
  console.log(`peaceops serve on the embedded demo database: ready in ${Math.round(performance.now() - seeding)} ms (${keep ? "reused" : "seeded"} ${dataDir})`);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
  try {
    const first = await visit(browser, `${origin}/`, true);
    const ready: number[] = [];
    const alone: number[] = [];
    // Alternating: the page, then its requests alone, so that both see the same server state.
    for (let i = 0; i < RUNS; i++) {
      ready.push((await visit(browser, `${origin}/`, true)).readyMs);
      alone.push(await replay(origin, first.requests));
    }
    const explorer = await visit(browser, `${origin}/explorer`, false);
    const dashboardJs = [...first.scripts.values()].reduce((a, b) => a + b, 0);
    const explorerJs = [...explorer.scripts.values()].reduce((a, b) => a + b, 0);
    const shared = [...explorer.scripts.keys()].filter((u) => first.scripts.has(u));
    console.log(`\nDashboard first view, ${RUNS} navigations with an empty browser cache (median):`);
    console.log(`  ready (all ${first.requests.length} requests answered, every chart drawn): ${median(ready).toFixed(0)} ms  (goal: at most 1,500 ms; min ${Math.min(...ready).toFixed(0)}, max ${Math.max(...ready).toFixed(0)})`);
    console.log(`  its GraphQL requests alone, replayed from Node at once: ${median(alone).toFixed(0)} ms`);
    console.log(`  ratio page / its requests alone: ${(median(ready) / median(alone)).toFixed(2)}`);
    console.log(`  first navigation after the server started: ${first.readyMs.toFixed(0)} ms`);
    console.log(`JavaScript shipped, gzip -9 of each script fetched:`);
    console.log(`  dashboard: ${kB(dashboardJs)} in ${first.scripts.size} files  (goal: under 400 kB)`);
    console.log(`  explorer (its own page, loaded only there): ${kB(explorerJs)} in ${explorer.scripts.size} files, ${shared.length} of them shared with the dashboard`);
  } finally {
    await browser.close();
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
