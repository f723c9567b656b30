import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireLock, DatabaseLockedError } from "../src/core/db/lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-lock-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Node code that takes the lock, prints "locked" and holds it until killed. */
function holderScript(file: string): string {
  return `require(${JSON.stringify(require.resolve("@swc-node/register"))});
    require(${JSON.stringify(path.join(__dirname, "..", "src", "core", "db", "lock.ts"))}).acquireLock(${JSON.stringify(file)}, "test");
    console.log("locked"); setInterval(() => {}, 1000);`;
}

/** Another process that takes the lock and holds it until killed. */
function holder(file: string): Promise<{ pid: number; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, ["-e", holderScript(file)], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () =>
      resolve({
        pid: child.pid!,
        kill: () => new Promise((done) => { child.once("exit", () => done()); child.kill("SIGKILL"); }),
      }),
    );
    child.once("error", reject);
  });
}

/**
 * A holder killed with SIGKILL whose parent lives on without reaping it, as after `kill -9` of a
 * server whose parent (a shell, a supervisor) has not waited for it yet: the holder stays a zombie.
 * The parent blocks its event loop, so Node never reaps the child, and prints the child's pid.
 */
function zombieHolder(file: string): Promise<{ pid: number; parent: ChildProcess }> {
  const script = `const child = require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(holderScript(file))}], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.once("data", () => {
      process.kill(child.pid, "SIGKILL");
      require("node:fs").writeSync(1, child.pid + "\\n");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
    });`;
  const parent = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    parent.stdout.once("data", (data: Buffer) => resolve({ pid: Number(data.toString().trim()), parent }));
    parent.once("error", reject);
  });
}

/** Field 3 of /proc/<pid>/stat. */
function processState(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0]!;
}

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the embedded database lock", () => {
  it("refuses a second holder while the first process lives, naming it", async () => {
    const file = path.join(dir, "a.lock");
    const other = await holder(file);
    try {
      expect(() => acquireLock(file, "The embedded database X")).toThrow(DatabaseLockedError);
      expect(() => acquireLock(file, "The embedded database X")).toThrow(`The embedded database X is in use by process ${other.pid}`);
    } finally {
      await other.kill();
    }
    // kill -9 leaves the file behind; its owner is gone, so the lock is stale and taken over.
    expect(fs.existsSync(file)).toBe(true);
    const release = acquireLock(file, "X");
    expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it.runIf(process.platform === "linux")("takes over a lock whose owner was killed and is still a zombie (not yet reaped)", async () => {
    const file = path.join(dir, "z.lock");
    const zombie = await zombieHolder(file);
    try {
      await until(() => processState(zombie.pid) === "Z");
      expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(zombie.pid);
      // The pid still exists (signal 0 reaches a zombie), so only its state tells that it is dead.
      expect(() => process.kill(zombie.pid, 0)).not.toThrow();
      const release = acquireLock(file, "Q");
      expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(process.pid);
      release();
      expect(processState(zombie.pid)).toBe("Z");
    } finally {
      await new Promise((done) => { zombie.parent.once("exit", () => done(undefined)); zombie.parent.kill("SIGKILL"); });
    }
  });

  it("takes over a lock whose pid now belongs to another process (pid reuse after a crash)", () => {
    const file = path.join(dir, "c.lock");
    // pid 1 is alive, but it is not the process that wrote this lock: its start time differs.
    fs.writeFileSync(file, JSON.stringify({ pid: 1, started: "1", host: os.hostname(), nonce: "old", since: "2020-01-01T00:00:00Z" }));
    const release = acquireLock(file, "Z");
    expect(JSON.parse(fs.readFileSync(file, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("releases only its own lock", () => {
    const file = path.join(dir, "d.lock");
    const release = acquireLock(file, "W");
    fs.writeFileSync(file, JSON.stringify({ pid: 999999, started: null, host: os.hostname(), nonce: "someone-else", since: "x" }));
    release();
    expect(JSON.parse(fs.readFileSync(file, "utf8")).nonce).toBe("someone-else");
    fs.rmSync(file);
  });

  it("refuses the same process twice", () => {
    const file = path.join(dir, "b.lock");
    const release = acquireLock(file, "Y");
    try {
      expect(() => acquireLock(file, "Y")).toThrow(`Y is in use by process ${process.pid}`);
    } finally {
      release();
    }
  });
});
