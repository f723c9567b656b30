import { SingleBar } from "cli-progress";

/** Receives an import's progress: a phase over the file's bytes, with the rows read so far. */
export interface ProgressSink {
  start(phase: string, totalBytes: number): void;
  update(rows: number, bytes: number): void;
  stop(): void;
}

// Below this size an import takes about a second: no progress output.
export const PROGRESS_MIN_BYTES = 256 * 1024;

const rate = (rows: number, ms: number) => (ms > 0 ? Math.round((rows * 1000) / ms) : 0);

/** A bar on a terminal: percent of the file, rows, rows/s and ETA. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let bar: SingleBar | null = null;
  let started = 0;
  let total = 0;
  return {
    start(phase, totalBytes) {
      started = Date.now();
      total = totalBytes;
      bar = new SingleBar({
        stream,
        format: `${phase.padEnd(10)} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {left}`,
        hideCursor: true,
        clearOnComplete: false,
      });
      bar.start(totalBytes, 0, { rows: 0, rate: 0, left: "-" });
    },
    update(rows, bytes) {
      const ms = Date.now() - started;
      // From the share of the file read so far, at the pace so far.
      const left = bytes > 0 ? `${Math.ceil(((total - bytes) * ms) / bytes / 1000)} s` : "-";
      bar?.update(bytes, { rows, rate: rate(rows, ms), left });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

/** Plain lines for logs: one every few seconds and one at the end of each phase. */
export function lineProgress(stream: NodeJS.WritableStream = process.stderr, everyMs = 5000): ProgressSink {
  let phase = "";
  let started = 0;
  let last = 0;
  let total = 0;
  let state = { rows: 0, bytes: 0 };
  let printed = -1; // rows at the last line, so that stop() does not repeat it
  const line = () => {
    printed = state.rows;
    const ms = Date.now() - started;
    const pct = total ? Math.floor((state.bytes * 100) / total) : 100;
    stream.write(`import: ${phase} ${state.rows} rows, ${pct}% of the file, ${rate(state.rows, ms)} rows/s, ${(ms / 1000).toFixed(1)} s\n`);
  };
  return {
    start(p, totalBytes) {
      phase = p;
      total = totalBytes;
      started = last = Date.now();
      state = { rows: 0, bytes: 0 };
      printed = -1;
    },
    update(rows, bytes) {
      state = { rows, bytes };
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        line();
      }
    },
    stop() {
      if (!phase) return;
      if (printed !== state.rows) line();
      phase = "";
    },
  };
}
