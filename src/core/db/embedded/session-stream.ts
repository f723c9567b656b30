import { Duplex } from "node:stream";
import { MessageChannel, type MessagePort } from "node:worker_threads";

/**
 * The pg driver's connection to the embedded database: a stream over a MessagePort to the database
 * thread, shaped like the socket pg expects (connect, setNoDelay, ref). Each stream is one
 * connection; the database thread gives its one session to the newest (worker.ts).
 */
export class SessionStream extends Duplex {
  private port: MessagePort | null = null;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly attach: (port: MessagePort) => void) {
    super();
  }

  connect(): this {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    port1.on("message", (data: Uint8Array | { end: true }) => {
      if (data instanceof Uint8Array) this.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      else this.hungUp();
    });
    port1.on("close", () => this.hungUp());
    try {
      this.attach(port2);
    } catch (err) {
      queueMicrotask(() => this.destroy(err as Error));
      return this;
    }
    queueMicrotask(() => this.emit("connect"));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    this.port?.ref();
    return this;
  }

  unref(): this {
    this.port?.unref();
    return this;
  }

  override _read(): void {
    // data is pushed as the database thread sends it
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    if (!this.port) return done(new Error("the embedded database connection is not open"));
    // pg writes a statement's messages (Parse, Bind, Describe, Execute, Sync) one by one in the
    // same turn: they go to the database thread together, as one message.
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pending.length === 1) queueMicrotask(() => this.flush());
    done();
  }

  private flush(): void {
    const chunks = this.pending;
    const length = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    if (!this.port || chunks.length === 0) return;
    // A buffer of its own (pg's may share a pool), moved rather than copied to the other thread.
    const batch = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      batch.set(c, at);
      at += c.length;
    }
    this.port.postMessage(batch, [batch.buffer]);
  }

  override _final(done: (err?: Error | null) => void): void {
    this.hangUp();
    this.push(null);
    done();
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.hangUp();
    done(err);
  }

  /** The database thread ended this connection (a newer one took the session, or it closed). */
  private hungUp(): void {
    if (this.port === null) return;
    this.port = null;
    this.push(null);
    this.end(); // both sides done: the stream closes, and pg sees the connection end
  }

  private hangUp(): void {
    this.flush(); // pg's Terminate message, written just before
    const port = this.port;
    if (!port) return;
    this.port = null;
    port.postMessage({ end: true });
    port.close();
  }
}
