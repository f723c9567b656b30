// The load generator of bench:graphql, in a process of its own (forked by measure.ts), so that
// autocannon shares neither the CPU accounting nor the event loop of the benchmark (which probes
// /healthz meanwhile). Gets one job over IPC: a warm-up run (discarded), then, on "go", the measured
// run, for a duration or, for a query that takes seconds, a number of requests; reports autocannon's
// counts and the exact latency percentiles of every 2xx answer (autocannon's own histogram has a 1 ms
// resolution, too coarse for the raw SQL server).
import autocannon from "autocannon";

export interface LoadJob {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  connections: number;
  warmupS: number;
  durationS: number;
  /** Instead of the durations: the warm-up makes one request per connection, the measured run this many. */
  amount?: number;
  /** Every answer must have this length and no "errors" member; others count as mismatches. */
  expectLength: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  latencyMs: { p50: number | null; p90: number | null; p99: number | null; max: number | null; mean: number | null };
}

export type LoadMessage = { phase: "warm" } | { phase: "done"; result: LoadResult } | { phase: "failed"; error: string };

function cannon(job: LoadJob, length: { duration: number } | { amount: number }, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url, method: job.method, headers: job.headers, body: job.body, connections: job.connections, ...length, timeout: 120,
        verifyBody: (body) => typeof body === "string" && body.length === job.expectLength && !body.includes(`"errors"`),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (onLatency) instance.on("response", (_client, status, _bytes, ms) => status >= 200 && status < 300 && onLatency(ms));
  });
}

const pct = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : null);

async function run(job: LoadJob): Promise<LoadResult> {
  if (job.warmupS > 0) await cannon(job, job.amount ? { amount: job.connections } : { duration: job.warmupS });
  await new Promise<void>((resolve) => {
    process.once("message", () => resolve());
    process.send!({ phase: "warm" } satisfies LoadMessage);
  });
  const latencies: number[] = [];
  const started = performance.now();
  const r = await cannon(job, job.amount ? { amount: job.amount } : { duration: job.durationS }, (ms) => latencies.push(ms));
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null;
  return {
    requests: sorted.length, seconds, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, mismatches: r.mismatches,
    latencyMs: { p50: pct(sorted, 50), p90: pct(sorted, 90), p99: pct(sorted, 99), max: sorted.length ? sorted[sorted.length - 1] : null, mean },
  };
}

if (require.main === module) {
  process.once("message", (job: LoadJob) => {
    run(job).then(
      (result) => process.send!({ phase: "done", result } satisfies LoadMessage),
      (err: Error) => process.send!({ phase: "failed", error: String(err.stack ?? err) } satisfies LoadMessage),
    );
  });
}
