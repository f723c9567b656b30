/**
 * The embedded database's thread: PGlite (PostgreSQL compiled to WebAssembly) and the one session
 * it has. The server's thread sends the PostgreSQL wire protocol over a MessagePort and gets the
 * answers back the same way, so its pg driver and SQL are those of production PostgreSQL, while a
 * long statement here never blocks HTTP parsing or GraphQL execution there.
 *
 * PGlite has a single session. Exactly one connection owns it at a time: a new connection ends the
 * previous one (rolling back what it left open) before it starts, and nothing else can reach the
 * session, since it listens on no socket.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PROTOCOL, type WorkerCommand, type WorkerEvent } from "./messages";

const { dataDir } = workerData as { dataDir?: string };
const port = parentPort!;
const send = (event: WorkerEvent) => port.postMessage(event);

let db: PGlite;
let current: Session | null = null;

/** The chunks in one new buffer that owns its memory (Buffer.concat may hand out a shared pool). */
function joined(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One client connection's share of the wire protocol, framed into whole messages for PGlite. */
class Session {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private ended = false;
  private ending: Promise<void> | null = null;
  /** Messages are executed one after another, in the order they arrived. */
  private chain: Promise<void> = Promise.resolve();

  /** `after`: the previous connection's end; nothing of this one runs before it. */
  constructor(private readonly channel: MessagePort, after: Promise<void>) {
    this.chain = after.catch(() => undefined);
    channel.on("message", (data: Uint8Array | { end: true }) => {
      if (data instanceof Uint8Array) this.receive(data);
      else void this.end();
    });
    channel.on("close", () => void this.end());
  }

  private receive(data: Uint8Array): void {
    if (this.ended) return;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, data]) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.chain = this.chain.then(() => this.drain());
  }

  /** The next whole message, or null until more bytes arrive. */
  private next(): Buffer | null {
    const b = this.buffer;
    // Before the startup message, messages have no type byte: length, then a code.
    const length = this.started ? (b.length >= 5 ? 1 + b.readInt32BE(1) : 0) : b.length >= 8 ? b.readInt32BE(0) : 0;
    if (length === 0 || b.length < length) return null;
    this.buffer = b.subarray(length);
    return b.subarray(0, length);
  }

  private async drain(): Promise<void> {
    const out: Uint8Array[] = [];
    for (let message = this.next(); message && !this.ended; message = this.next()) {
      if (!this.started) {
        const code = message.readInt32BE(4);
        if (code === PROTOCOL.sslRequest || code === PROTOCOL.gssRequest) {
          out.push(Buffer.from("N")); // no encryption: the bytes never leave this process
          continue;
        }
        if (code === PROTOCOL.cancelRequest) continue; // cancellation is the statement budget's job
        this.started = true;
      }
      try {
        await db.runExclusive(() => db.execProtocolRawStream(message, { onRawData: (chunk) => out.push(chunk.slice()) }));
      } catch (err) {
        process.stderr.write(`embedded database: a protocol message failed: ${(err as Error).message}\n`);
        void this.end(); // not awaited: the end waits for this drain
        return;
      }
    }
    if (out.length && !this.ended) {
      // One answer per batch, in a buffer of its own, moved (not copied) to the other thread.
      const reply = joined(out);
      this.channel.postMessage(reply, [reply.buffer]);
    }
  }

  /** Ends the connection: what it left open is rolled back, its session state discarded. */
  end(): Promise<void> {
    this.ending ??= this.finish();
    return this.ending;
  }

  private async finish(): Promise<void> {
    this.ended = true;
    try {
      this.channel.postMessage({ end: true });
    } catch {
      // the other side is gone already
    }
    this.channel.close();
    await this.chain.catch(() => undefined);
    // PGlite's own exec takes its query lock: not inside runExclusive, which holds it.
    if (db.isInTransaction()) await db.exec("ROLLBACK");
    await db.exec("DISCARD ALL");
    if (current === this) current = null;
  }
}

async function handle(command: WorkerCommand): Promise<void> {
  if (command.type === "connect") {
    // The one session goes to the newest connection, and only once the previous one has let go.
    const previous = current;
    current = new Session(command.port, previous ? previous.end() : Promise.resolve());
    return;
  }
  if (command.type === "stats") {
    const memory = process.memoryUsage();
    const wasm = (db as unknown as { mod?: { wasmMemory?: WebAssembly.Memory } }).mod?.wasmMemory?.buffer.byteLength ?? 0;
    send({ type: "stats", wasmBytes: wasm, heapUsedBytes: memory.heapUsed, externalBytes: memory.external });
    return;
  }
  if (command.type === "close") {
    await current?.end();
    await db.close();
    send({ type: "closed" });
  }
}

async function main(): Promise<void> {
  try {
    db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
  } catch (err) {
    send({ type: "failed", message: (err as Error).message });
    return;
  }
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (command: WorkerCommand) => {
    queue = queue.then(() => handle(command)).catch((err: unknown) => send({ type: "failed", message: (err as Error).message }));
  });
  send({ type: "ready" });
}

void main();
