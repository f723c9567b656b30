import type { MessagePort } from "node:worker_threads";

/** What the server's thread asks of the embedded database's thread. */
export type WorkerCommand =
  /** A new connection: it owns the one session from now on, through this port. */
  | { type: "connect"; port: MessagePort }
  /** Ends the session and closes the database (its files are complete afterwards). */
  | { type: "close" }
  /** How much memory the database thread holds. */
  | { type: "stats" };

/** What the embedded database's thread reports. */
export type WorkerEvent = { type: "ready" } | { type: "closed" } | { type: "failed"; message: string } | ({ type: "stats" } & EmbeddedStats);

/** The database thread's memory: PGlite's WebAssembly memory (which never shrinks) and its JS heap. */
export interface EmbeddedStats {
  wasmBytes: number;
  heapUsedBytes: number;
  externalBytes: number;
}

/** Codes of the messages a client may send before its startup message (PostgreSQL protocol 3). */
export const PROTOCOL = {
  sslRequest: 80877103,
  gssRequest: 80877104,
  cancelRequest: 80877102,
} as const;
