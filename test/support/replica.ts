import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { freePort } from "./free-port";

export interface TestReplica {
  port: number;
  /** The replica's URL for a database of the primary (it has them all). */
  urlFor(database: string): string;
  /** Runs one statement on the replica, in `database`. */
  query<T = any>(database: string, text: string): Promise<T[]>;
  /** Stops the standby at once (an immediate shutdown, as a crash would). */
  stop(): Promise<void>;
  /** Starts it again; it catches up with the primary from where it was. */
  start(): Promise<void>;
  /** Pauses or resumes the replay of the primary's changes (the standby then lags, then catches up). */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Stops it and removes its data directory. */
  destroy(): Promise<void>;
}

/** The postgres account that owns the primary's files: the standby's files and process are its. */
function postgresAccount(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  if (!Number.isInteger(uid) || uid <= 0) throw new Error("running as root, but there is no postgres account to run the standby under");
  return { uid, gid: id("-g") };
}

async function serverBinDir(adminUrl: string): Promise<string> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const [{ v }] = (await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows as [{ v: string }];
    const major = Math.floor(Number(v) / 10000);
    const dir = `/usr/lib/postgresql/${major}/bin`;
    if (fs.existsSync(path.join(dir, "postgres"))) return dir;
    throw new Error(`PostgreSQL ${major}'s server programs are not in ${dir}: install Debian's postgresql-${major} (the CI script's machine has it)`);
  } finally {
    await c.end();
  }
}

function run(program: string, args: string[], account: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"], ...(account ?? {}) });
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (out += d));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(program)} exited with ${code}: ${out}`))));
  });
}

/**
 * A real streaming replica of the PostgreSQL server of `adminUrl` (the tests' own server): a base
 * backup with `pg_basebackup -R` into a temporary directory, started on a port of its own as a hot
 * standby. The primary must allow replication connections from 127.0.0.1 (the CI script adds the
 * pg_hba.conf line). Fails, never skips, when it cannot start.
 */
export async function startReplica(adminUrl: string): Promise<TestReplica> {
  const primary = new URL(adminUrl);
  const bin = await serverBinDir(adminUrl);
  const account = postgresAccount();
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-replica-"));
  fs.chmodSync(dir, 0o700);
  if (account) fs.chownSync(dir, account.uid, account.gid);
  const user = decodeURIComponent(primary.username || "postgres");
  try {
    await run(path.join(bin, "pg_basebackup"), ["-h", primary.hostname, "-p", primary.port || "5432", "-U", user, "-D", dir, "-R", "-X", "stream", "-c", "fast", "--no-sync"], account);
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}\nThe primary must accept replication from 127.0.0.1: add "host replication all 127.0.0.1/32 trust" to its pg_hba.conf (the CI script does).`);
  }
  // A Debian cluster keeps its configuration outside the data directory: the standby gets its own.
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    if (account) fs.chownSync(path.join(dir, name), account.uid, account.gid);
  };
  write("postgresql.conf", "");
  write("pg_hba.conf", "local all all trust\nhost all all 127.0.0.1/32 trust\n");
  write("pg_ident.conf", "");

  const urlFor = (database: string) => `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${database}`;
  const connect = async (database: string) => {
    const c = new Client({ connectionString: urlFor(database), connectionTimeoutMillis: 2000 });
    await c.connect();
    return c;
  };
  const query = async (database: string, text: string) => {
    const c = await connect(database);
    try {
      return (await c.query(text)).rows;
    } finally {
      await c.end();
    }
  };

  let child: ChildProcess | null = null;
  const start = async () => {
    let log = "";
    child = spawn(
      path.join(bin, "postgres"),
      ["-D", dir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dir}`, "-c", "hot_standby=on", "-c", "shared_buffers=32MB", "-c", "fsync=off", "-c", "logging_collector=off"],
      { stdio: ["ignore", "pipe", "pipe"], ...(account ?? {}) },
    );
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    const exited = new Promise<never>((_, reject) => child!.once("exit", (code) => reject(new Error(`the standby exited with ${code}: ${log}`))));
    exited.catch(() => undefined);
    for (let i = 0; i < 200; i++) {
      const ready = await Promise.race([
        query("postgres", "SELECT pg_is_in_recovery() AS standby").then(
          (rows) => rows[0].standby === true,
          () => false,
        ),
        exited,
      ]);
      if (ready) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the standby did not accept connections on port ${port}: ${log}`);
  };
  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGQUIT"); // immediate shutdown
    await exited;
  };
  try {
    await start();
  } catch (err) {
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    port,
    urlFor,
    query,
    stop,
    start,
    async pauseReplay() {
      await query("postgres", "SELECT pg_wal_replay_pause()");
    },
    async resumeReplay() {
      await query("postgres", "SELECT pg_wal_replay_resume()");
    },
    async destroy() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the replica has replayed everything the primary has written so far. */
export async function caughtUp(adminUrl: string, replica: TestReplica, timeoutMs = 15_000): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  let lsn: string;
  try {
    lsn = (await c.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0]!.lsn;
  } finally {
    await c.end();
  }
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [row] = await replica.query("postgres", `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`);
    if (row.done) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the replica did not replay up to ${lsn} within ${timeoutMs} ms`);
}
