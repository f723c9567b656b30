import type { Hash } from "node:crypto";
import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";

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

/** A record the CSV grammar rejects (an unclosed quote, a stray quote), at the record's first line. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

const QUOTE = 34; // "
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * An RFC 4180 record reader over text that arrives in chunks: comma separated, fields optionally
 * quoted with "" for a quote, records ended by LF or CRLF, quoted fields may hold both. Lines
 * without a quote (nearly all of them) are split directly; that is what keeps a million rows fast.
 */
export class CsvRecordParser {
  private buf = "";
  private line = 1;

  /** Appends text and returns the records it completes. */
  push(text: string, out: CsvRecord[]): void {
    this.buf = this.buf ? this.buf + text : text;
    this.drain(out, false);
  }

  /** The input has ended: returns the last record, if any. */
  end(out: CsvRecord[]): void {
    this.drain(out, true);
  }

  private drain(out: CsvRecord[], final: boolean): void {
    const buf = this.buf;
    let pos = 0;
    // The next quote at or after pos, searched again only once passed (else every line rescans).
    let quote = -1;
    while (pos < buf.length) {
      let nl = buf.indexOf("\n", pos);
      if (nl === -1) {
        if (!final) break;
        nl = buf.length;
      }
      if (quote !== Infinity && quote < pos) {
        quote = buf.indexOf('"', pos);
        if (quote === -1) quote = Infinity;
      }
      if (quote > nl) {
        const end = nl > pos && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (end > pos) out.push({ line: this.line, cells: buf.slice(pos, end).split(",") });
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.quoted(buf, pos, final, out);
      if (next === -1) break;
      pos = next;
    }
    this.buf = pos >= buf.length ? "" : buf.slice(pos);
  }

  /** Reads one record with quotes from `start`; returns where the next begins, or -1 for more input. */
  private quoted(buf: string, start: number, final: boolean, out: CsvRecord[]): number {
    const cells: string[] = [];
    let newlines = 0;
    let i = start;
    for (;;) {
      // One field starting at i.
      if (buf.charCodeAt(i) === QUOTE) {
        let value = "";
        let from = i + 1;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q === -1) {
            if (!final) return -1;
            throw new CsvSyntaxError(this.line, "a quoted field is not closed before the end of the file");
          }
          if (q + 1 >= buf.length && !final) return -1;
          value += buf.slice(from, q);
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        for (let k = value.indexOf("\n"); k !== -1; k = value.indexOf("\n", k + 1)) newlines++;
        cells.push(value);
        const c = buf.charCodeAt(i);
        if (c === COMMA) {
          i++;
          continue;
        }
        if (i >= buf.length || c === LF || (c === CR && buf.charCodeAt(i + 1) === LF)) {
          if (c === CR && i + 1 >= buf.length && !final) return -1;
          break;
        }
        if (c === CR && i + 1 >= buf.length && !final) return -1;
        throw new CsvSyntaxError(this.line, `unexpected ${JSON.stringify(buf[i])} after a closing quote in field ${cells.length}`);
      }
      // An unquoted field: up to the next comma or end of line; a quote in it is an error.
      let j = i;
      for (;;) {
        if (j >= buf.length) {
          if (!final) return -1;
          break;
        }
        const c = buf.charCodeAt(j);
        if (c === COMMA || c === LF) break;
        if (c === QUOTE) throw new CsvSyntaxError(this.line, `a quote inside the unquoted field ${cells.length + 1}; quote the whole field and double the quote`);
        j++;
      }
      let end = j;
      if (buf.charCodeAt(j) === LF && end > i && buf.charCodeAt(end - 1) === CR) end--;
      cells.push(buf.slice(i, end));
      if (buf.charCodeAt(j) === COMMA) {
        i = j + 1;
        continue;
      }
      i = j;
      break;
    }
    // i is at the record's end: LF, CRLF or the end of the input.
    if (buf.charCodeAt(i) === CR) i++;
    if (buf.charCodeAt(i) === LF) i++;
    out.push({ line: this.line, cells });
    this.line += newlines + 1;
    return i;
  }
}

/**
 * Streams a CSV file's records with their first line number, in arrays (one per chunk read: an
 * await per record would cost more than parsing it). UTF-8 with an optional BOM. Lines that are
 * empty, or hold only separators and blanks, are skipped.
 */
export async function* readCsvRecords(file: string, scan: ScanState): AsyncGenerator<CsvRecord[]> {
  // 256 KB reads: progress moves in steps that small, and a batch of records stays short.
  const input = fs.createReadStream(file, { highWaterMark: 1 << 18 });
  const decoder = new StringDecoder("utf8");
  const parser = new CsvRecordParser();
  let first = true;
  const ready = (records: CsvRecord[]) => records.filter((r) => !r.cells.every((c) => c.trim() === ""));
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      scan.bytesRead += chunk.length;
      scan.hash?.update(chunk);
      let text = decoder.write(chunk);
      if (first && text.length) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      const records: CsvRecord[] = [];
      parser.push(text, records);
      if (records.length) yield ready(records);
    }
    const records: CsvRecord[] = [];
    parser.push(decoder.end(), records);
    parser.end(records);
    if (records.length) yield ready(records);
  } finally {
    input.destroy();
  }
}
