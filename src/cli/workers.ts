import cluster, { type Worker } from "node:cluster";
import type { Config } from "../config";
import type { Logger } from "../core/logger";
import { answerWorkers } from "../server/metrics/cluster-metrics";

/** What a worker tells the supervising process once it serves. */
export interface WorkerReady {
  type: "peaceops:ready";
  url: string;
  banner: string;
}

export const isWorker = (): boolean => cluster.isWorker;

/** The worker's number (1..N) in a deployment of several processes; null for a single process. */
export const workerNumber = (): number | null => (cluster.isWorker ? Number(process.env.PEACEOPS_WORKER_NUMBER) : null);

/**
 * PEACEOPS_WORKERS=N on PostgreSQL: this process supervises N server processes on one port (node's
 * cluster module hands each connection to one of them). They share the database, and with REDIS_URL
 * the persisted queries and the answer cache. Their logs go to this process's stderr, one JSON line
 * each, with their `worker` number. A worker that dies is started again after a second; SIGTERM or
 * SIGINT stops them all gracefully (each drains its requests and closes its pools), and this
 * process exits when the last has, with 1 if any failed to stop cleanly.
 */
export async function superviseWorkers(config: Config, logger: Logger): Promise<void> {
  const count = config.scale.workers;
  const started = Date.now();
  let stopping = false;
  let failed = false;
  let announced = false;
  const ready = new Map<number, WorkerReady>();
  const numbers = new Map<Worker, number>();

  const fork = (n: number) => {
    const worker = cluster.fork({ PEACEOPS_WORKER_NUMBER: String(n) });
    numbers.set(worker, n);
    worker.on("message", (message: WorkerReady) => {
      if (message?.type !== "peaceops:ready") return;
      ready.set(n, message);
      if (!announced && ready.size === count) {
        announced = true;
        logger.info({ workers: count, url: message.url, readyMs: Date.now() - started }, "ready");
        process.stdout.write(message.banner.replace(/\n {2}ready in .*\n$/, `\n  ${count} server processes (PEACEOPS_WORKERS); ready in ${Date.now() - started} ms; stop with Ctrl-C\n`));
      }
    });
  };
  cluster.on("exit", (worker, code, signal) => {
    const n = numbers.get(worker)!;
    numbers.delete(worker);
    ready.delete(n);
    if (stopping) {
      if (code !== 0) failed = true;
      if (numbers.size === 0) {
        logger.info("stopped");
        process.exit(failed ? 1 : 0);
      }
      return;
    }
    logger.error({ worker: n, code, signal }, "a server process exited; starting another in 1 s");
    setTimeout(() => {
      if (!stopping) fork(n);
    }, 1000).unref();
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: numbers.size }, "shutting down every server process");
    if (numbers.size === 0) process.exit(0);
    for (const worker of numbers.keys()) worker.process.kill("SIGTERM");
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  // /metrics, on whichever worker a scrape reaches, speaks for them all.
  if (config.scale.metrics) answerWorkers();
  for (let n = 1; n <= count; n++) fork(n);
}
