import type { Hash } from "node:crypto";
import fs from "node:fs";
import { parse } from "csv-parse";

export interface CsvRecord {
  /** First physical line of the record; the header is line 1. */
  line: number;
  cells: string[];
}

export interface ScanState {
  /** Bytes read so far, for progress. */
  bytesRead: number;
  /** Fed with every byte of the file. */
  hash?: Hash;
}

/** A record the CSV grammar rejects (an unclosed quote, a stray quote): the line it was found on. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/**
 * Streams a CSV file's records (RFC 4180, optional BOM, CRLF or LF) with their first line number.
 * csv-parse's own line counter counts a CRLF inside a quoted field twice, so lines are counted here
 * from the bytes each record consumed. Lines that are empty, or hold only separators, are skipped.
 */
export async function* readCsvRecords(file: string, scan: ScanState): AsyncGenerator<CsvRecord> {
  const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const chunks: Buffer[] = [];
  let chunkStart = 0; // file offset of chunks[0]
  let counted = 0; // newlines are counted in [0, counted)
  let newlines = 0;
  input.on("data", (chunk) => {
    const buf = chunk as Buffer;
    chunks.push(buf);
    scan.bytesRead += buf.length;
    scan.hash?.update(buf);
  });
  // Newlines in the file's first `offset` bytes.
  const newlinesBefore = (offset: number): number => {
    while (counted < offset && chunks.length) {
      const chunk = chunks[0];
      const end = Math.min(offset - chunkStart, chunk.length);
      let i = counted - chunkStart;
      while ((i = chunk.indexOf(10, i)) !== -1 && i < end) {
        newlines++;
        i++;
      }
      counted = chunkStart + end;
      if (end === chunk.length) {
        chunks.shift();
        chunkStart += chunk.length;
      }
    }
    return newlines;
  };

  const parser = input.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n"] }),
  );
  let previousEnd = 0;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number; empty_lines: number } }>) {
      const line = newlinesBefore(previousEnd) + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.bytes;
      previousEmpty = info.empty_lines;
      if (record.every((cell) => cell.trim() === "")) continue;
      yield { line, cells: record };
    }
  } catch (err) {
    const e = err as { code?: string; lines?: number; message: string };
    if (e.code?.startsWith("CSV_") || e.code?.startsWith("INVALID_")) {
      // The record's first line, like every other problem (the parser names where it gave up).
      throw new CsvSyntaxError(newlinesBefore(previousEnd) + 1, e.message.replace(/:? ?at line \d+,?/, "").trim());
    }
    throw err;
  } finally {
    input.destroy();
  }
}
