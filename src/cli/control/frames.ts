/**
 * The control channel's answer is a stream of frames: one byte of type, four of length (big
 * endian), then the payload. Output bytes pass as they are; progress and the end are JSON.
 */
export const FRAME = { stdout: 1, progress: 2, end: 3 } as const;
export type FrameType = (typeof FRAME)[keyof typeof FRAME];

export type ProgressEvent =
  | { op: "start"; phase: string; totalBytes: number }
  | { op: "update"; rows: number; bytes: number }
  | { op: "stop" }
  | { op: "status"; text: string; final: boolean };

/** How the command ended: exit code 0, or 1 with the line it prints to stderr. */
export type EndEvent = { code: 0 } | { code: 1; message: string };

export function encodeFrame(type: FrameType, payload: Uint8Array | string): Buffer {
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  const head = Buffer.alloc(5);
  head.writeUInt8(type, 0);
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** Splits a byte stream into frames, across chunk boundaries. */
export class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);

  *push(chunk: Buffer): Generator<{ type: number; payload: Buffer }> {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    while (this.buffer.length >= 5) {
      const length = this.buffer.readUInt32BE(1);
      if (this.buffer.length < 5 + length) return;
      const type = this.buffer.readUInt8(0);
      const payload = this.buffer.subarray(5, 5 + length);
      this.buffer = this.buffer.subarray(5 + length);
      yield { type, payload };
    }
  }

  /** Bytes of an unfinished frame: the answer was cut short. */
  get pending(): number {
    return this.buffer.length;
  }
}
