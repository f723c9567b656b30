import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireLock, DatabaseLockedError } from "../src/db/lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peaceops-lock-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Another process that takes the lock and holds it until killed. */
function holder(file: string): Promise<{ pid: number; kill: () => Promise<void> }> {
  const script = `require(${JSON.stringify(require.resolve("@swc-node/register"))});
    require(${JSON.stringify(path.join(__dirname, "..", "src", "db", "lock.ts"))}).acquireLock(${JSON.stringify(file)}, "test");
    console.log("locked"); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
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
