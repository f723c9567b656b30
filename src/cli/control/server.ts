import { randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import type { CliContext } from "../context";
import { describeCliError } from "../errors";
import { parseInvocation, runInvocation } from "../forwarded";
import { ownLend } from "../lend";
import type { Config } from "../../config";
import type { ProgressSink } from "../../core/ingest/progress";
import type { Logger } from "../../core/logger";
import { encodeFrame, FRAME, type EndEvent, type FrameType, type ProgressEvent } from "./frames";
import { controlPaths } from "./paths";

const MAX_INVOCATION_BYTES = 64 * 1024;

export interface ControlServer {
  /** Stops taking commands and waits for those running to end. */
  close(): Promise<void>;
}

/** Thrown into a command whose caller has hung up (Ctrl-C): an import rolls back. */
class CallerGoneError extends Error {}

function authorized(header: string | undefined, token: Buffer): boolean {
  const given = Buffer.from(header?.startsWith("Bearer ") ? header.slice(7) : "", "utf8");
  return given.length === token.length && timingSafeEqual(given, token);
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INVOCATION_BYTES) throw new Error(`the invocation is over ${MAX_INVOCATION_BYTES} bytes`);
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** The response as the command's output: frames, written as fast as the caller reads them. */
function framesTo(res: http.ServerResponse) {
  let gone = false;
  res.on("close", () => {
    if (!res.writableFinished) gone = true;
  });
  const send = (type: FrameType, payload: Uint8Array | string) => {
    if (gone) throw new CallerGoneError("the command that asked for this work has stopped");
    return res.write(encodeFrame(type, payload));
  };
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        if (send(FRAME.stdout, chunk)) done();
        else res.once("drain", () => done());
      } catch (err) {
        done(err as Error);
      }
    },
  });
  const progress = (): ProgressSink => {
    const event = (e: ProgressEvent) => send(FRAME.progress, JSON.stringify(e));
    return {
      start: (phase, totalBytes) => event({ op: "start", phase, totalBytes }),
      update: (rows, bytes) => event({ op: "update", rows, bytes }),
      stop: () => {
        if (!gone) event({ op: "stop" });
      },
    };
  };
  const end = (e: EndEvent) => {
    if (!gone) res.end(encodeFrame(FRAME.end, JSON.stringify(e)));
  };
  const status = (text: string, final = false) => {
    if (!gone) send(FRAME.progress, JSON.stringify({ op: "status", text, final } satisfies ProgressEvent));
  };
  return { stdout, progress, status, end };
}

/**
 * The local control channel of a process that owns the embedded database: the command line sends
 * the commands that work on the data (import, keys, export, query, report) here, and this process runs them
 * on its own connection, so that nothing else ever talks to the database's one session. It listens
 * on a Unix socket in a directory only this OS user may enter, and asks for a token kept beside it
 * (readable by this user alone), so the caller is this OS user: the audit log's `cli:<user>`.
 */
export async function startControlServer(options: { dataDir: string; db: DataSource; config: Config; logger: Logger }): Promise<ControlServer> {
  const paths = controlPaths(options.dataDir);
  fs.mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(paths.dir, 0o700);
  fs.rmSync(paths.socket, { force: true }); // left by a process that was killed
  const token = randomBytes(32).toString("base64url");
  fs.writeFileSync(paths.token, token, { mode: 0o600 });
  fs.chmodSync(paths.token, 0o600);
  const tokenBytes = Buffer.from(token, "utf8");
  const running = new Set<Promise<void>>();

  const server = http.createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/run") {
      res.writeHead(404).end();
      return;
    }
    if (!authorized(req.headers.authorization, tokenBytes)) {
      res.writeHead(401).end();
      return;
    }
    const work = (async () => {
      const out = framesTo(res);
      let started = false;
      try {
        const invocation = parseInvocation(await readBody(req));
        res.writeHead(200, { "content-type": "application/octet-stream" });
        started = true;
        options.logger.info({ command: invocation.command }, "command from the command line");
        const ctx: CliContext = { config: options.config, logger: options.logger, io: { stdout: out.stdout, progress: out.progress, status: out.status }, lend: ownLend(options.db, "embedded") };
        await runInvocation(ctx, invocation);
        out.end({ code: 0 });
      } catch (err) {
        if (!started) {
          res.writeHead(400, { "content-type": "text/plain" }).end((err as Error).message);
          return;
        }
        if (err instanceof CallerGoneError) options.logger.warn("a command's caller hung up; its work was stopped");
        out.end({ code: 1, message: describeCliError(err) });
      }
    })();
    running.add(work);
    void work.finally(() => running.delete(work));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(paths.socket, () => resolve());
  });
  fs.chmodSync(paths.socket, 0o600);
  let closing: Promise<void> | null = null;
  return {
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.allSettled([...running]);
        await stopped;
        fs.rmSync(paths.token, { force: true });
        fs.rmSync(paths.socket, { force: true });
      })();
      return closing;
    },
  };
}
