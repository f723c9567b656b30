import fs from "node:fs";
import http from "node:http";
import { ForwardedError } from "../errors";
import type { Invocation } from "../forwarded";
import { processIo, type CliIo } from "../io";
import type { ProgressSink } from "../../core/ingest/progress";
import { FRAME, FrameReader, type EndEvent, type ProgressEvent } from "./frames";
import { controlPaths } from "./paths";

/** Nobody answers at the control socket: no server owns the data directory (or one was killed). */
const NO_SERVER = new Set(["ENOENT", "ECONNREFUSED"]);

function replayProgress(sink: ProgressSink | null, event: ProgressEvent, io: CliIo): ProgressSink | null {
  if (event.op === "status") {
    io.status(event.text, event.final);
    return sink;
  }
  if (event.op === "start") {
    const s = sink ?? io.progress();
    s.start(event.phase, event.totalBytes);
    return s;
  }
  if (event.op === "update") sink?.update(event.rows, event.bytes);
  else sink?.stop();
  return sink;
}

/**
 * Sends a command to the server that owns the embedded database in `dataDir`, shows its output and
 * progress as if it ran here, and resolves when it ends (a failure rejects with its own message).
 * Resolves false, having done nothing, when no server answers there.
 */
export async function forwardToServer(dataDir: string, invocation: Invocation): Promise<boolean> {
  const paths = controlPaths(dataDir);
  let token: string;
  try {
    token = fs.readFileSync(paths.token, "utf8");
  } catch {
    return false;
  }
  const body = JSON.stringify(invocation);
  const res = await new Promise<http.IncomingMessage | null>((resolve, reject) => {
    const req = http.request({
      socketPath: paths.socket,
      path: "/run",
      method: "POST",
      agent: false,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    req.once("response", resolve);
    req.once("error", (err: NodeJS.ErrnoException) => (err.code && NO_SERVER.has(err.code) ? resolve(null) : reject(err)));
    req.end(body);
  });
  if (!res) return false;
  if (res.statusCode !== 200) {
    const text = await new Promise<string>((resolve) => {
      let t = "";
      res.setEncoding("utf8").on("data", (c: string) => (t += c)).on("end", () => resolve(t));
    });
    throw new ForwardedError(`the server that owns ${dataDir} refused the command (HTTP ${res.statusCode}): ${text || "no reason given"}`);
  }
  const io = processIo();
  const reader = new FrameReader();
  let progress: ProgressSink | null = null;
  let end: EndEvent | null = null;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    for (const frame of reader.push(chunk)) {
      if (frame.type === FRAME.stdout) {
        if (!io.stdout.write(frame.payload)) await new Promise<void>((resolve) => io.stdout.once("drain", resolve));
      } else if (frame.type === FRAME.progress) {
        progress = replayProgress(progress, JSON.parse(frame.payload.toString("utf8")) as ProgressEvent, io);
      } else if (frame.type === FRAME.end) {
        end = JSON.parse(frame.payload.toString("utf8")) as EndEvent;
      }
    }
  }
  if (!end) throw new ForwardedError(`the server that owns ${dataDir} stopped before the command finished; check its log, then run the command again`);
  if (end.code !== 0) throw new ForwardedError(end.message);
  return true;
}
