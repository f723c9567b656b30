import fs from "node:fs";
import path from "node:path";
import { Worker, type MessagePort } from "node:worker_threads";
import { acquireLock } from "../lock";
import type { EmbeddedStats, WorkerCommand, WorkerEvent } from "./messages";
import { SessionStream } from "./session-stream";

/** Where a process that owns the embedded database in `dataDir` keeps its control socket. */
export function embeddedRunDir(dataDir: string): string {
  return `${dataDir}.run`;
}

export interface EmbeddedDatabase {
  /** For pg's `stream` option: each call is a new connection, which takes over the one session. */
  stream(): SessionStream;
  /** The data directory, or null in memory. */
  dataDir: string | null;
  /** The database thread's memory, for the load benchmark and operators. */
  stats(): Promise<EmbeddedStats>;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data directory; undefined = in memory (tests). */
  dataDir?: string;
}

/** The worker's entry: compiled JavaScript beside this file, or the TypeScript source through SWC. */
function workerEntry(): { file: string; execArgv: string[] } {
  const compiled = path.join(__dirname, "worker.js");
  if (fs.existsSync(compiled) && !__filename.endsWith(".ts")) return { file: compiled, execArgv: [] };
  // SWC's native addon, loaded by a thread that then ends, brings the process down when the next
  // thread loads it again: loaded here first, it stays loaded for every thread.
  require("@swc/core");
  return { file: path.join(__dirname, "worker.ts"), execArgv: ["--require", require.resolve("@swc-node/register")] };
}

/** The next event of one of `types` from the thread (others are someone else's answers). */
function nextEvent(worker: Worker, label: string, types: WorkerEvent["type"][]): Promise<WorkerEvent> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: WorkerEvent) => {
      if (!types.includes(event.type)) return;
      cleanup();
      resolve(event);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`the embedded database thread exited (code ${code}) while ${label}`));
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
}

/**
 * Real PostgreSQL compiled to WebAssembly (PGlite), in a thread of its own, with exactly one
 * session, owned by one connection at a time (worker.ts). The application talks to it with the same
 * driver and SQL as to PostgreSQL, through an in-process stream: no socket, so no other process or
 * connection can reach the session. A data directory is locked against a second process.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  let release: (() => void) | null = null;
  if (options.dataDir) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    release = acquireLock(`${options.dataDir}.lock`, `The embedded database ${options.dataDir}`);
  }
  const entry = workerEntry();
  let worker: Worker | null = null;
  try {
    worker = new Worker(entry.file, {
      workerData: { dataDir: options.dataDir },
      execArgv: entry.execArgv,
      env: { ...process.env, SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? path.join(__dirname, "..", "..", "..", "..", "tsconfig.json") },
      stderr: false,
    });
    const first = await nextEvent(worker, "starting", ["ready", "failed"]);
    if (first.type !== "ready") throw new Error(`The embedded database could not start: ${first.type === "failed" ? first.message : first.type}`);
  } catch (err) {
    await worker?.terminate();
    release?.();
    throw err;
  }
  const running = worker;
  // A thread that ends on its own (PGlite aborted) takes the session with it: connections end, and
  // new ones fail at once rather than wait for an answer that cannot come.
  let ended: string | null = null;
  running.on("exit", (code) => {
    ended ??= `the embedded database thread exited (code ${code})`;
  });
  running.on("error", (err) => {
    ended ??= `the embedded database thread failed: ${err.message}`;
  });
  const command = (c: WorkerCommand, transfer?: MessagePort[]) => running.postMessage(c, transfer);
  let closing: Promise<void> | null = null;
  return {
    dataDir: options.dataDir ?? null,
    async stats() {
      const answer = nextEvent(running, "reading its memory", ["stats"]);
      command({ type: "stats" });
      const { type: _type, ...stats } = (await answer) as Extract<WorkerEvent, { type: "stats" }>;
      return stats;
    },
    stream: () =>
      new SessionStream((port) => {
        if (ended) throw new Error(`${ended}; restart peaceops`);
        command({ type: "connect", port }, [port]);
      }),
    close() {
      closing ??= (async () => {
        try {
          const done = nextEvent(running, "closing", ["closed", "failed"]);
          command({ type: "close" });
          const event = await done;
          if (event.type === "failed") throw new Error(`The embedded database did not close cleanly: ${event.message}`);
        } finally {
          await running.terminate();
          release?.();
        }
      })();
      return closing;
    },
  };
}
