// The processes bench:graphql starts: servers (each with an IPC channel to alloc-probe.cjs), the load
// generator and the peaceops command line. Everything started is kept here and stopped by its PID.
import { type ChildProcess, execFileSync, fork, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
const PROBE = path.join(__dirname, "alloc-probe.cjs");
export const CLK_TCK = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

const started = new Set<ChildProcess>();

/** Stops every process this run started and that still runs: SIGTERM, then SIGKILL after 10 s. */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((child) => stop(child)));
}

export async function stop(child: ChildProcess, graceMs = 10_000): Promise<void> {
  started.delete(child);
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<boolean>((resolve) => child.once("exit", () => resolve(true)));
  process.kill(child.pid, "SIGTERM");
  const timer = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref());
  if (!(await Promise.race([exited, timer]))) {
    process.kill(child.pid, "SIGKILL");
    await exited;
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export interface Server {
  name: string;
  child: ChildProcess;
  pid: number;
  url: string;
  /** Sends a message to alloc-probe.cjs in the server and waits for its answer. */
  probe(op: "start" | "stop" | "read"): Promise<ProbeAnswer>;
}

export interface ProbeAnswer {
  allocatedBytes?: number;
  gcs?: number;
  gcPauseMs?: number;
  counters: { statements?: number } | null;
}

/**
 * Starts `node -r alloc-probe.cjs <args>` with PORT=port, refusing a port something else already
 * listens on, and waits until `readyPath` answers 2xx (at most 3 minutes: the embedded database's
 * first start seeds it). Output goes to `log`.
 */
export async function startServer(name: string, args: string[], env: NodeJS.ProcessEnv, port: number, readyPath: string, log: string): Promise<Server> {
  if (await portOpen(port)) throw new Error(`port ${port} for ${name} is taken: stop whatever listens there, or pass --port-base`);
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, ["-r", PROBE, ...args], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", out, out, "ipc"],
  });
  fs.closeSync(out);
  started.add(child);
  const pending = new Map<string, (answer: ProbeAnswer) => void>();
  child.on("message", (msg: { benchProbe?: string } & ProbeAnswer) => {
    const key = msg.benchProbe === "started" ? "start" : msg.benchProbe === "stopped" ? "stop" : msg.benchProbe;
    const resolve = key ? pending.get(key) : undefined;
    if (key && resolve) (pending.delete(key), resolve(msg));
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) while starting; see ${log}`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready on ${base}${readyPath} within 3 minutes; see ${log}`);
    const ok = await fetch(base + readyPath, { method: readyPath === "/graphql" ? "POST" : "GET", headers: { "content-type": "application/json" }, body: readyPath === "/graphql" ? `{"query":"{__typename}"}` : undefined })
      .then((res) => (res.body?.cancel(), res.ok), () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    name, child, pid: child.pid!, url: base,
    probe: (op) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name} did not answer the allocation probe`)), 10_000);
        pending.set(op, (answer) => (clearTimeout(timer), resolve(answer)));
        child.send({ benchProbe: op });
      }),
  };
}

/** Forks a TypeScript module of bench/graphql (the load generator), registered for stopping. */
export function forkModule(file: string): ChildProcess {
  const child = fork(path.join(__dirname, file), [], { cwd: ROOT, execArgv: ["-r", "@swc-node/register"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  started.add(child);
  child.once("exit", () => started.delete(child));
  return child;
}

/** Runs the peaceops command line (`bin/peaceops.js ...`) to completion; returns its standard output. */
export function peaceops(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "peaceops.js"), ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    started.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      started.delete(child);
      if (code === 0) resolve(stdout);
      else reject(new Error(`peaceops ${args.join(" ")} exited with ${code}: ${(stderr || stdout).trim().slice(-1000)}`));
    });
  });
}

/** utime + stime of a process, in clock ticks; null once it is gone. */
export function cpuTicks(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch {
    return null;
  }
}

export function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The whole machine's CPU: busy and total ticks over all cores. */
export function machineTicks(): { busy: number; total: number } {
  const f = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4] - f[7], total };
}
