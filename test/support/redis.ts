import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { freePort } from "./free-port";

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server (as a crash would: at once). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (d) => {
      socket.destroy();
      resolve(d.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * A real redis-server (Debian's package) of the test's own on a free loopback port, keeping nothing
 * on disk. Fails, never skips, when it cannot start.
 */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const log: string[] = [];
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.on("data", (d) => log.push(String(d)));
    child.stderr!.on("data", (d) => log.push(String(d)));
    const failed = new Promise<never>((_, reject) => {
      child!.once("error", (err) => reject(new Error(`redis-server cannot start (install Debian's redis-server; the CI script does): ${err.message}`)));
      child!.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${log.join("")}`)));
    });
    // Once started, a later exit is the test's own doing (stop) or shows in its failures.
    failed.catch(() => undefined);
    for (let i = 0; i < 100; i++) {
      if (await Promise.race([answers(port), failed])) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not answer on port ${port}: ${log.join("")}`);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return;
      c.removeAllListeners("exit");
      const exited = new Promise((r) => c.once("exit", r));
      c.kill("SIGKILL");
      await exited;
    },
    start,
  };
}
