import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireLock } from "./lock";

export interface EmbeddedDatabase {
  /** A postgres:// URL on the loopback interface; the ordinary pg driver connects to it. */
  url: string;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data directory; undefined = in memory (tests). */
  dataDir?: string;
  /** Must be >= the pg pool size: the socket server refuses connections beyond it. */
  maxConnections?: number;
}

/**
 * Real PostgreSQL compiled to WebAssembly (PGlite), served on a loopback port through
 * pglite-socket, so the application talks to it with the same driver and SQL as to PostgreSQL.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  let release: (() => void) | null = null;
  if (options.dataDir) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    release = acquireLock(`${options.dataDir}.lock`, `The embedded database ${options.dataDir}`);
  }
  try {
    const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
    await db.waitReady;
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: options.maxConnections ?? 16 });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    let closed = false;
    return {
      url,
      async close() {
        if (closed) return;
        closed = true;
        await server.stop();
        await db.close();
        release?.();
      },
    };
  } catch (err) {
    release?.();
    throw err;
  }
}
