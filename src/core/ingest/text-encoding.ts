import { isUtf8 } from "node:buffer";
import { decodeWindows1252 } from "../input/windows-1252";
import { CsvSyntaxError } from "./csv-syntax-error";

/**
 * The encodings an import reads. Spreadsheet programs save "CSV UTF-8" (often with a byte order
 * mark), plain "CSV" in the system's code page (Windows-1252 on Windows in English and French), and
 * "Unicode text" as UTF-16. UTF-8 and UTF-16 are recognised by themselves; Windows-1252 is only read
 * when asked for, because any byte sequence is valid Windows-1252 and guessing it would turn a
 * damaged UTF-8 file into wrong letters without a word.
 */
export type ImportEncoding = "utf-8" | "windows-1252" | "macintosh";

const NAMES: Record<string, ImportEncoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  // As in the WHATWG Encoding standard (and so in TextDecoder): Latin-1 labels read as Windows-1252,
  // its superset, which is what files labelled Latin-1 hold in practice.
  latin1: "windows-1252",
  "iso-8859-1": "windows-1252",
  // "CSV (Macintosh)" of spreadsheet programs on older Macs.
  macintosh: "macintosh",
  "mac-roman": "macintosh",
  macroman: "macintosh",
};

export const ENCODING_CHOICES = "utf-8 (the default; UTF-16 and byte order marks are recognised by themselves), windows-1252 (also latin1) or macintosh";

/** An `--encoding` value, or null when it is not one peaceops reads. */
export function parseEncoding(name: string): ImportEncoding | null {
  return NAMES[name.trim().toLowerCase()] ?? null;
}

/** What was read: shown in the import's summary. */
export interface DetectedEncoding {
  encoding?: "UTF-8" | "UTF-8 with byte order mark" | "UTF-16LE" | "UTF-16BE" | SingleByte;
}

/** The single-byte encodings, read only when asked for: any byte sequence is valid in them. */
type SingleByte = "Windows-1252" | "Mac OS Roman";
const SINGLE_BYTE: Record<Exclude<ImportEncoding, "utf-8">, SingleByte> = { "windows-1252": "Windows-1252", macintosh: "Mac OS Roman" };

const LF = 10;

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (!n) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** The length of the part of `b` that ends on a whole UTF-8 sequence (the rest waits for the next chunk). */
function wholeSequences(b: Buffer): number {
  for (let i = b.length - 1; i >= 0 && i >= b.length - 4; i--) {
    const c = b[i]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = c < 0x80 ? 1 : (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 1;
    return i + length <= b.length ? b.length : i;
  }
  return b.length;
}

const countLfs = (b: Uint8Array, end = b.length) => {
  let n = 0;
  for (let i = b.indexOf(LF); i !== -1 && i < end; i = b.indexOf(LF, i + 1)) n++;
  return n;
};


/** The line around a byte, as Windows-1252 would show it, for the message. */
function lineAround(b: Buffer, offset: number): string {
  const start = b.lastIndexOf(LF, offset) + 1;
  const end = b.indexOf(LF, offset);
  const text = decodeWindows1252(b.subarray(start, end === -1 ? Math.min(b.length, offset + 60) : end)).replace(/\r$/, "");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function notUtf8(line: number, data: Buffer, offset: number): CsvSyntaxError {
  const byte = data[offset]!;
  const as1252 = decodeWindows1252(data.subarray(offset, offset + 1));
  return new CsvSyntaxError(
    line,
    `the file is not UTF-8: line ${line} has the byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} ` +
      `(${JSON.stringify(as1252)} in Windows-1252) in ${JSON.stringify(lineAround(data, offset))}; ` +
      `save it as "CSV UTF-8" from the spreadsheet program, or, if it was saved as plain CSV on Windows, import it with --encoding windows-1252`,
  );
}

/** UTF-16 by its byte order mark, or by the zero bytes of ASCII text in it. */
function utf16Of(head: Buffer): { label: "utf-16le" | "utf-16be"; bom: number } | null {
  if (head[0] === 0xff && head[1] === 0xfe) return { label: "utf-16le", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: "utf-16be", bom: 2 };
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return { label: "utf-16le", bom: 0 };
  if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0) return { label: "utf-16be", bom: 0 };
  return null;
}

/**
 * The file's text as UTF-8 chunks, whatever it was saved in, so that the CSV reader and its line
 * counter see one encoding. UTF-8 is checked as it streams: the first byte that is not UTF-8 stops
 * the import with its line and the remedy. Read as Windows-1252 when asked, a file that is valid
 * UTF-8 with accented letters is refused as well, since reading it so would change its letters.
 * (The same for Mac OS Roman, the "CSV (Macintosh)" of older spreadsheet programs.)
 */
export async function* toUtf8(input: AsyncIterable<Buffer>, asked: ImportEncoding | undefined, detected: DetectedEncoding): AsyncGenerator<Buffer> {
  let head: Buffer | null = Buffer.alloc(0);
  let decoder: TextDecoder | null = null;
  let singleByte: ((bytes: Uint8Array) => string) | null = null;
  let carry = Buffer.alloc(0);
  let lines = 0; // LFs before `carry`
  // Windows-1252 asked for: whether the bytes would have been valid UTF-8, and the first line that is not ASCII.
  let validUtf8 = true;
  let nonAsciiLine = 0;

  const start = (first: Buffer): Buffer => {
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
      detected.encoding = "UTF-8 with byte order mark";
      return first.subarray(3);
    }
    const utf16 = utf16Of(first);
    if (utf16) {
      detected.encoding = utf16.label === "utf-16le" ? "UTF-16LE" : "UTF-16BE";
      decoder = new TextDecoder(utf16.label, { fatal: true });
      return first.subarray(utf16.bom);
    }
    if (asked && asked !== "utf-8") {
      detected.encoding = SINGLE_BYTE[asked];
      // Node's own windows-1252 decoder is ISO-8859-1 (input/windows-1252.ts); Mac OS Roman's is right.
      const mac = new TextDecoder("macintosh");
      singleByte = asked === "windows-1252" ? decodeWindows1252 : (bytes) => mac.decode(bytes);
    } else detected.encoding = "UTF-8";
    return first;
  };

  const utf16Error = () => new CsvSyntaxError(lines + 1, `the file is ${detected.encoding} but holds a broken character after line ${lines + 1}; save it again as "CSV UTF-8"`);

  const convert = (chunk: Buffer, last: boolean): Buffer | null => {
    if (decoder) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: !last });
      } catch {
        throw utf16Error();
      }
      const out = Buffer.from(text, "utf8");
      lines += countLfs(out);
      return out;
    }
    const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = last ? data.length : wholeSequences(data);
    const whole = data.subarray(0, cut);
    carry = Buffer.from(data.subarray(cut));
    if (singleByte) {
      if (validUtf8 && !isUtf8(whole)) validUtf8 = false;
      if (!nonAsciiLine) {
        const i = whole.findIndex((c) => c >= 0x80);
        if (i !== -1) nonAsciiLine = lines + countLfs(whole, i) + 1;
      }
      lines += countLfs(whole);
      return Buffer.from(singleByte(whole), "utf8");
    }
    if (!isUtf8(whole)) {
      const offset = firstInvalidUtf8(whole);
      throw notUtf8(lines + countLfs(whole, offset) + 1, whole, offset);
    }
    lines += countLfs(whole);
    return whole;
  };

  for await (const chunk of input) {
    if (head) {
      // Enough bytes to tell a byte order mark or UTF-16 from the rest.
      head = Buffer.concat([head, chunk]);
      if (head.length < 4) continue;
      const first = start(head);
      head = null;
      const out = convert(first, false);
      if (out?.length) yield out;
      continue;
    }
    const out = convert(chunk, false);
    if (out?.length) yield out;
  }
  if (head) {
    if (!head.length) return;
    const first = start(head);
    head = null;
    const out = convert(first, true);
    if (out?.length) yield out;
  } else {
    const out = convert(Buffer.alloc(0), true);
    if (out?.length) yield out;
  }
  if ((detected.encoding === "Windows-1252" || detected.encoding === "Mac OS Roman") && validUtf8 && nonAsciiLine) {
    throw new CsvSyntaxError(
      nonAsciiLine,
      `the file is UTF-8, not ${detected.encoding} (line ${nonAsciiLine} holds accented letters written in UTF-8): import it without --encoding, or its letters would change`,
    );
  }
}
