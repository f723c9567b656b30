import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { csvStringifier, type CsvOptions, type CsvValue } from "./csv";

export type CsvRecords = Iterable<Record<string, CsvValue>> | AsyncIterable<Record<string, CsvValue>>;

/**
 * Streams records as CSV into `out`, with backpressure: a slow reader (a file, a client) holds the
 * producer back instead of letting rows pile up in memory. `end: false` leaves `out` open (stdout).
 */
export async function writeCsv(columns: readonly string[], records: CsvRecords, out: Writable, options: CsvOptions & { end?: boolean } = {}): Promise<void> {
  await pipeline(Readable.from(records), csvStringifier(columns, options), out, { end: options.end ?? true });
}

/** The rows as a JSON array, one row per line block (indented for reading and diffing). */
export function jsonText(rows: unknown): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
