import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

// With PEACEOPS_WORKERS, a scrape reaches one worker, which asks the supervising process for every
// worker's metrics summed (prom-client's cluster aggregation), so that /metrics speaks for the whole
// deployment whichever worker answers.
const ASK = "peaceops:metrics-request";
const ANSWER = "peaceops:metrics-answer";
const ANSWER_WITHIN_MS = 5000;

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

let next = 0;
const waiting = new Map<number, { resolve(text: string): void; reject(err: Error): void; timer: NodeJS.Timeout }>();
let listening = false;

/** In a worker: lets the supervisor collect this registry, and answers come back to askSupervisor. */
export function shareWithSupervisor(registry: Registry): void {
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry(); // adds the worker's listener for the supervisor's collection
  if (listening) return;
  listening = true;
  process.on("message", (message: Answer) => {
    if (message?.type !== ANSWER) return;
    const w = waiting.get(message.id);
    if (!w) return;
    waiting.delete(message.id);
    clearTimeout(w.timer);
    if (message.error !== undefined) w.reject(new Error(message.error));
    else w.resolve(message.text ?? "");
  });
}

/** In a worker: every worker's metrics, summed by the supervisor. */
export function askSupervisor(): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = next++;
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error(`the supervising process did not send the workers' metrics within ${ANSWER_WITHIN_MS} ms`));
    }, ANSWER_WITHIN_MS);
    waiting.set(id, { resolve, reject, timer });
    process.send!({ type: ASK, id });
  });
}

/** In the supervising process: answers the workers' requests for the deployment's metrics. */
export function answerWorkers(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id: number }) => {
    if (message?.type !== ASK) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id: message.id, text } satisfies Answer),
      (err: Error) => worker.send({ type: ANSWER, id: message.id, error: err.message } satisfies Answer),
    );
  });
}
