import type { Writable } from "node:stream";
import { lineProgress, terminalProgress, type ProgressSink } from "../core/ingest/progress";

/**
 * Where a command's output goes: this process's stdout and stderr, or, when a running server does
 * the work, frames sent back to the command that asked (control/). Commands write only through it.
 */
export interface CliIo {
  stdout: Writable;
  /** A sink for an import's progress: a bar on a terminal, plain lines otherwise. */
  progress(): ProgressSink;
  /** A status line on a terminal, rewritten at each call; `final` ends it with a newline. Nothing when stderr is not a terminal. */
  status(text: string, final?: boolean): void;
}

/** The status line on this process's stderr when it is a terminal. */
export function terminalStatus(text: string, final = false): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}${final ? "\n" : ""}`);
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    progress: () => (process.stderr.isTTY ? terminalProgress(process.stderr) : lineProgress(process.stderr)),
    status: terminalStatus,
  };
}

/** Writes a string and waits while the stream is full. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}
