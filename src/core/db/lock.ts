import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";

/** Thrown when another live process holds the embedded database. */
export class DatabaseLockedError extends Error {}

interface LockOwner {
  pid: number;
  /** The owner's start time (Linux clock ticks since boot), so a reused pid is not mistaken for it. */
  started: string | null;
  host: string;
  nonce: string;
  since: string;
}

// Indexes into procStat(): fields 3 (state) and 22 (start time) of /proc/<pid>/stat.
const STATE = 0;
const START_TIME = 19;

/** The fields of /proc/<pid>/stat after the parenthesised command name (field 3 on); null off Linux or once the pid is gone. */
function procStat(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

function processStart(pid: number): string | null {
  return procStat(pid)?.[START_TIME] ?? null;
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const stat = procStat(owner.pid);
  // A zombie (Z: killed, not yet reaped by its parent) or a dead task (X) still answers kill(0) but
  // holds nothing: its files are closed and it will never run again.
  if (stat?.[STATE] === "Z" || stat?.[STATE] === "X") return false;
  const started = stat?.[START_TIME] ?? null;
  return owner.started === null || started === null || started === owner.started;
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return null; // unreadable or half-written
  }
}

/**
 * Takes an exclusive lock file for the embedded data directory. PGlite has no lock of its own and
 * two processes on one directory silently lose rows. The file names its owner (pid and start time),
 * so a lock left by a crashed process is recognised as stale and taken over at once. Creation is
 * atomic (link of a complete temporary file), and so is a takeover (rename of the stale file: only one
 * contender can move it). Returns the release function, which removes only our own lock.
 */
export function acquireLock(file: string, label: string): () => void {
  const owner: LockOwner = {
    pid: process.pid, started: processStart(process.pid), host: os.hostname(), nonce: randomUUID(), since: new Date().toISOString(),
  };
  const temp = `${file}.${owner.nonce}`;
  fs.writeFileSync(temp, JSON.stringify(owner));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(temp, file);
        return () => {
          if (readOwner(file)?.nonce === owner.nonce) fs.rmSync(file, { force: true });
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const holder = readOwner(file);
      if (holder && holder.host !== owner.host) {
        throw new DatabaseLockedError(`${label} is locked by host ${holder.host} (lock file ${file}); remove the lock file only if that host is gone.`);
      }
      // Our own process counts as a live holder too: one process must not open the directory twice.
      if (holder && isAlive(holder)) {
        throw new DatabaseLockedError(
          `${label} is in use by process ${holder.pid} (since ${holder.since}; lock file ${file}). ` +
            `Stop that process first, or set PEACEOPS_DATA_DIR to another directory.`,
        );
      }
      const moved = `${file}.stale.${owner.nonce}`;
      try {
        fs.renameSync(file, moved);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err; // another contender moved it first
        continue;
      }
      // Between our read and the rename another process may have taken over the stale lock: if we
      // moved a lock that is not the one we judged stale, put it back and look again.
      if (readOwner(moved)?.nonce !== holder?.nonce) {
        try {
          fs.linkSync(moved, file);
        } catch {
          // someone holds the file again; the next round reports them
        }
      }
      fs.rmSync(moved, { force: true });
    }
    throw new DatabaseLockedError(`Could not take the lock ${file}: other processes keep taking it`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
