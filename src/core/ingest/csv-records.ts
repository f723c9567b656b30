import type { Hash } from "node:crypto";
import fs from "node:fs";
import { finished } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import { CsvSyntaxError } from "./csv-syntax-error";
import { delimiterIn, detectDelimiter, parseDelimiter, type Delimiter } from "./delimiter";
import { toUtf8, type DetectedEncoding, type ImportEncoding } from "./text-encoding";

export { CsvSyntaxError };

export interface CsvRecord {
  /** First physical line of the record; the header is line 1. */
  line: number;
  cells: string[];
}

export interface ScanState extends DetectedEncoding {
  /** Bytes read so far, for progress. */
  bytesRead: number;
  /** Fed with every byte of the file. */
  hash?: Hash;
  /** The field separator used: given, or found in the header. */
  delimiter?: Delimiter;
  /** Whether the separator was found in the header rather than given. */
  delimiterDetected?: boolean;
  /** The file's first line is a spreadsheet's `sep=;` line: it named the separator and is not the header. */
  sepLine?: boolean;
  /** Lines end with a carriage return alone ("CSV (Macintosh)"). */
  crLineEnds?: boolean;
}

/** How to read a file: as given by the user; unset, found from the file. */
export interface ReadOptions {
  encoding?: ImportEncoding;
  delimiter?: Delimiter;
}

const LF = 10;

/**
 * Line numbers from byte offsets: the LFs before an offset, counted once. Only the bytes from the
 * last offset asked about are held, so a record that spans several chunks keeps them until it ends.
 */
class LineCounter {
  private chunks: Buffer[] = [];
  private chunksStart = 0; // offset of chunks[0]
  private counted = 0; // LFs are counted in [0, counted)
  private lfs = 0;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  /** The line that holds the byte at `offset`; offsets asked about never decrease. */
  lineAt(offset: number): number {
    while (this.counted < offset && this.chunks.length) {
      const chunk = this.chunks[0];
      const end = Math.min(offset - this.chunksStart, chunk.length);
      const part = chunk.subarray(this.counted - this.chunksStart, end);
      for (let i = part.indexOf(LF); i !== -1; i = part.indexOf(LF, i + 1)) this.lfs++;
      this.counted = this.chunksStart + end;
      if (end === chunk.length) {
        this.chunks.shift();
        this.chunksStart += chunk.length;
      }
    }
    return this.lfs + 1;
  }
}

const CLOSE_REMEDY = '; the field that starts with a quote on this line needs a closing quote (a quote inside a quoted field is written twice: "")';
const QUOTE_REMEDY = '; a quote inside a quoted field is written twice ("")';

/** csv-parse's error, as the import reports it: what is wrong and in which field, and the remedy. */
function syntaxError(err: CsvError, line: number): CsvSyntaxError {
  const field = typeof err.column === "number" ? err.column + 1 : null;
  switch (err.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new CsvSyntaxError(line, `a quoted field is not closed before the end of the file${CLOSE_REMEDY}`);
    case "INVALID_OPENING_QUOTE":
      return new CsvSyntaxError(line, `a quote inside the unquoted field ${field}; quote the whole field and double the quote`);
    case "CSV_INVALID_CLOSING_QUOTE": {
      // The library names the byte after the quote; only an ASCII byte is a whole character.
      const got = /got "([\s\S])"/.exec(err.message)?.[1];
      const what = got !== undefined && got.charCodeAt(0) < 0x80 ? JSON.stringify(got) : "character";
      return new CsvSyntaxError(line, `unexpected ${what} after a closing quote in field ${field}${QUOTE_REMEDY}`);
    }
    default:
      // Its own line count is not the record's first line (a CRLF inside quotes counts twice).
      return new CsvSyntaxError(line, err.message.replace(/,? ?(at|on) line \d+,?/, "").trim());
  }
}

/** Counts and hashes the file's bytes as they are read, before any decoding. */
async function* counted(input: AsyncIterable<Buffer>, scan: ScanState): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    scan.bytesRead += chunk.length;
    scan.hash?.update(chunk);
    yield chunk;
  }
}

/**
 * The decoded text's chunks, held back until the header line is complete, so that the separator
 * can be found from it: the first chunk yielded holds the whole first line.
 */
async function* withHeaderFirst(text: AsyncIterable<Buffer>, scan: ScanState, given: Delimiter | undefined): AsyncGenerator<Buffer> {
  let held: Buffer[] = [];
  let decided = false;
  const decide = (first: Buffer) => {
    decided = true;
    // A file whose first line break is a CR alone ends its lines so ("CSV (Macintosh)"): its CRs
    // become LFs, so that records and line numbers work as for any other file.
    const lf = first.indexOf(LF);
    const cr = first.indexOf(CR);
    scan.crLineEnds = cr !== -1 && (lf === -1 || cr < lf) && first[cr + 1] !== LF;
    if (scan.crLineEnds) first = crToLf(first);
    // Spreadsheet programs read, and some write, a first line `sep=;` that names the separator;
    // one that opened such a file may write it back as a cell, quoted and padded: `"sep=,",,,`.
    // The header after it decides, when it holds a separator: the line may be older than the file.
    const firstLine = first.subarray(0, Math.max(0, first.indexOf(LF)) || first.length).toString("latin1");
    const sep = SEP_LINE.exec(firstLine);
    scan.sepLine = Boolean(sep);
    scan.delimiterDetected = !given;
    if (sep) scan.delimiter = given ?? delimiterIn(first.subarray(first.indexOf(LF) + 1)) ?? parseDelimiter(sep[1]!)!;
    else scan.delimiter = given ?? detectDelimiter(first);
    return first;
  };
  for await (let chunk of text) {
    if (decided) {
      yield scan.crLineEnds ? crToLf(chunk) : chunk;
      continue;
    }
    held.push(chunk);
    // The first line must be whole, and the byte after a CR known (CRLF or a CR alone).
    const soFar = Buffer.concat(held);
    const cr = soFar.indexOf(CR);
    if (soFar.indexOf(LF) === -1 && (cr === -1 || cr === soFar.length - 1)) continue;
    held = [];
    chunk = decide(soFar);
    yield chunk;
  }
  if (!decided) {
    const first = decide(Buffer.concat(held));
    if (first.length) yield first;
  }
}

const CR = 13;
const SEP_LINE = /^"?sep=([,;\t])"?[,;\t]*\r?$/;
const crToLf = (b: Buffer) => {
  const out = Buffer.from(b);
  for (let i = out.indexOf(CR); i !== -1; i = out.indexOf(CR, i + 1)) out[i] = LF;
  return out;
};

/**
 * Streams CSV records (RFC 4180: "" for a quote inside quotes, separators and line breaks inside
 * quoted fields; records ended by LF or CRLF) with the first line of each, in arrays, one per chunk
 * read: an await per record would cost the consumer more than parsing it. Lines that are empty, or
 * hold only separators and blanks, are skipped. The text is UTF-8 (with or without a byte order
 * mark), UTF-16, or Windows-1252 when asked (text-encoding.ts); the separator is a comma, a
 * semicolon or a tab, given or found in the header (delimiter.ts).
 *
 * Lines are counted here from the bytes each record consumed, not by csv-parse, whose counter counts
 * a CRLF inside a quoted field twice.
 */
export async function* readCsvStream(input: AsyncIterable<Buffer>, scan: ScanState, options: ReadOptions = {}): AsyncGenerator<CsvRecord[]> {
  const lines = new LineCounter();
  let start = 0; // offset where the next record begins (an empty line is a record to the parser)
  let ready: CsvRecord[] = [];
  let parser: ReturnType<typeof parse> | null = null;
  const newParser = (delimiter: Delimiter) => {
    const p = parse({
      delimiter,
      // The import compares each record's width with the header's and reports it by line.
      relax_column_count: true,
      // Both line ends in one file; left to itself the parser takes the first one seen for all.
      record_delimiter: ["\r\n", "\n"],
      // Records are taken here, as each is parsed, not from the stream's readable side: that one
      // drops the records still buffered when a later one in the same chunk fails, and with them the
      // offset the failing record starts at.
      on_record: (record: string[], info) => {
        const line = lines.lineAt(start);
        start = info.bytes;
        if (line === 1 && scan.sepLine) return null; // the `sep=` line: not the header
        if (!record.every((cell) => cell.trim() === "")) ready.push({ line, cells: record });
        return null;
      },
    });
    p.on("error", () => undefined); // each write's callback gets it
    return p;
  };
  const write = (chunk: Buffer) => new Promise<void>((resolve, reject) => parser!.write(chunk, (err) => (err ? reject(err) : resolve())));
  const take = () => {
    const records = ready;
    ready = [];
    return records;
  };
  try {
    try {
      for await (const chunk of withHeaderFirst(toUtf8(counted(input, scan), options.encoding, scan), scan, options.delimiter)) {
        parser ??= newParser(scan.delimiter!);
        lines.add(chunk);
        await write(chunk);
        if (ready.length) yield take();
      }
      if (parser) {
        parser.end();
        await finished(parser, { readable: false });
      }
    } catch (err) {
      if (!(err instanceof CsvError)) throw err;
      const failure = syntaxError(err, lines.lineAt(start));
      // The records before the bad one are checked too, whatever chunk they arrived in.
      if (ready.length) yield take();
      throw failure;
    }
    if (ready.length) yield take();
  } catch (err) {
    // Records parsed before a decoding error are checked too.
    if (err instanceof CsvSyntaxError && ready.length) yield take();
    throw err;
  } finally {
    parser?.destroy();
  }
}

/** Streams a CSV file's records, as readCsvStream. */
export async function* readCsvRecords(file: string, scan: ScanState, options: ReadOptions = {}): AsyncGenerator<CsvRecord[]> {
  // 256 KB reads: progress moves in steps that small.
  const input = fs.createReadStream(file, { highWaterMark: 1 << 18 });
  try {
    yield* readCsvStream(input, scan, options);
  } finally {
    input.destroy();
  }
}
