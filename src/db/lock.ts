import fs from "node:fs";
import os from "node:os";

/** Thrown when another live process holds the embedded database. */
export class DatabaseLockedError extends Error {}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes an exclusive lock file for the embedded data directory. PGlite has no lock of its own and
 * two processes on one directory silently lose rows. The lock records the owner's pid, so a lock
 * left by a crashed process (kill -9) is recognised as stale and taken over at once.
 * Returns the release function.
 */
export function acquireLock(file: string, label: string): () => void {
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: "wx" });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let holder: LockOwner | null = null;
      try {
        holder = JSON.parse(fs.readFileSync(file, "utf8")) as LockOwner;
      } catch {
        holder = null; // unreadable or half-written: treat as stale
      }
      // Our own pid counts as alive too: one process must not open the same directory twice.
      if (holder && holder.host === owner.host && isAlive(holder.pid)) {
        throw new DatabaseLockedError(
          `${label} is in use by process ${holder.pid} (since ${holder.since}; lock file ${file}). ` +
            `Stop that process first, or set PEACEOPS_DATA_DIR to another directory.`,
        );
      }
      if (holder && holder.host !== owner.host) {
        throw new DatabaseLockedError(
          `${label} is locked by host ${holder.host} (lock file ${file}); remove the lock file only if that host is gone.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DatabaseLockedError(`Could not take the lock ${file}`);
}
