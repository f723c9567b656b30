import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireLock } from "./lock";

/** The port number only names the socket file (.s.PGSQL.<port>); nothing listens on TCP. */
export const SOCKET_PORT = 5432;

/** Where the socket of the embedded database in `dataDir` lives while a process serves it. */
export function embeddedSocketDir(dataDir: string): string {
  return `${dataDir}.run`;
}

export interface EmbeddedDatabase {
  /** Directory of the Unix socket; pg connects with host = this directory. */
  socketDir: string;
  port: number;
  /** The same as a URL, for a second process (libpq and pg both read `host` from the query). */
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
 * Real PostgreSQL compiled to WebAssembly (PGlite), served through pglite-socket on a Unix socket
 * in a directory only this user can enter: the server has no authentication, so it must not be
 * reachable by other local users (a loopback port would be). The application then talks to it with
 * the same driver and SQL as to PostgreSQL.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  let release: (() => void) | null = null;
  let socketDir: string;
  if (options.dataDir) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    release = acquireLock(`${options.dataDir}.lock`, `The embedded database ${options.dataDir}`);
    socketDir = embeddedSocketDir(options.dataDir);
    fs.mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    fs.chmodSync(socketDir, 0o700);
    fs.rmSync(path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`), { force: true }); // left by a crash
  } else {
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-db-"));
  }
  let db: PGlite | null = null;
  try {
    db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
    await db.waitReady;
    const server = new PGLiteSocketServer({ db, path: path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`), maxConnections: options.maxConnections ?? 16 });
    await server.start();
    const opened = db;
    let closed = false;
    return {
      socketDir,
      port: SOCKET_PORT,
      url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&port=${SOCKET_PORT}`,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await server.stop();
          await opened.close();
        } finally {
          if (!options.dataDir) fs.rmSync(socketDir, { recursive: true, force: true });
          release?.();
        }
      },
    };
  } catch (err) {
    await db?.close().catch(() => undefined);
    release?.();
    throw err;
  }
}
