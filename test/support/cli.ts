import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";

const BIN = path.join(__dirname, "..", "..", "bin", "peaceops.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `peaceops` command to its end in `cwd`, with this process's environment less the
 * variables that point it at a database, plus `env`.
 */
export function runPeaceops(args: string[], env: Record<string, string>, cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _a, PEACEOPS_DATA_DIR: _b, ...rest } = process.env;
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...rest, LOG_LEVEL: "warn", ...env }, cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A scratch working directory for the real `peaceops` command: `run` spawns it to completion,
 * `serve` starts a server and resolves with its URL. The environment starts from this process's,
 * without the variables that would point the command elsewhere, plus `base` and each call's `extra`.
 */
export function cliWorkspace(prefix: string, base: () => Record<string, string> = () => ({})) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const dataDir = path.join(work, "data");

  function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const { DATABASE_URL: _a, PEACEOPS_SEED: _b, PORT: _c, PEACEOPS_DATA_DIR: _d, HOST: _e, ...rest } = process.env;
    return { ...rest, PEACEOPS_DATA_DIR: dataDir, LOG_LEVEL: "warn", ...base(), ...extra };
  }

  function run(args: string[], extra: Record<string, string> = {}): Promise<CliResult> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { env: env(extra), cwd: work });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  /** Starts `serve` and resolves with its GraphQL URL once it prints it. */
  function serve(extra: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; output: () => string }> {
    const child = spawn(process.execPath, [BIN, "serve"], { env: env({ PORT: "0", ...extra }), cwd: work });
    let out = "";
    return new Promise((resolve, reject) => {
      child.stderr!.on("data", (d) => (out += d));
      child.stdout!.on("data", (d) => {
        out += d;
        const m = /serving GraphQL at (\S+)/.exec(out);
        if (m) resolve({ child, url: m[1]!, output: () => out });
      });
      child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
  }

  function write(name: string, text: string | Buffer): string {
    const file = path.join(work, name);
    fs.writeFileSync(file, text);
    return file;
  }

  return { work, dataDir, bin: BIN, env, run, serve, write, cleanup: () => fs.rmSync(work, { recursive: true, force: true }) };
}

/** Sends SIGTERM and resolves with the exit code. */
export function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

/** A statement on the PostgreSQL server of `url` as its admin (CREATE/DROP DATABASE). */
export async function pgAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
