import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, readCsvRecords, readCsvStream, type CsvRecord } from "../../src/core/ingest/csv-records";

/** The records of `text`, handed to the reader in chunks of `chunk` bytes. */
async function parseAll(text: string | Buffer, chunk?: number): Promise<CsvRecord[]> {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  const size = chunk ?? (bytes.length || 1);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const out: CsvRecord[] = [];
  const input = (async function* () {
    yield* chunks;
  })();
  for await (const records of readCsvStream(input, { bytesRead: 0 })) out.push(...records);
  return out;
}

/** The syntax error's line and message, or null. */
async function syntaxError(text: string, chunk?: number): Promise<[number, string] | null> {
  try {
    await parseAll(text, chunk);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    return [e.line, e.message];
  }
  return null;
}

const TRICKY = 'code,name\r\nSQ,"Sûreté du Québec"\r\n\r\nX,"a, b"\n"Y","say ""hi""\r\nsecond line\nthird"\nZ,\n,last';

describe("the CSV record reader", () => {
  it("reads quoted commas, doubled quotes, newlines inside fields, CRLF and LF, with each record's first line", async () => {
    expect(await parseAll(TRICKY)).toEqual([
      { line: 1, cells: ["code", "name"] },
      { line: 2, cells: ["SQ", "Sûreté du Québec"] },
      { line: 4, cells: ["X", "a, b"] },
      { line: 5, cells: ["Y", 'say "hi"\r\nsecond line\nthird'] },
      { line: 8, cells: ["Z", ""] },
      { line: 9, cells: ["", "last"] },
    ]);
  });

  it("gives the same records whatever the chunk boundaries, also inside a UTF-8 character", async () => {
    const whole = await parseAll(TRICKY);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(await parseAll(TRICKY, size)).toEqual(whole);
  });

  it("reads an empty quoted field and a quoted field at the end of the input", async () => {
    expect(await parseAll('a,"",b\n"x"')).toEqual([
      { line: 1, cells: ["a", "", "b"] },
      { line: 2, cells: ["x"] },
    ]);
  });

  it("skips empty lines and lines of separators and blanks, and keeps counting them", async () => {
    expect(await parseAll("a,b\n\n,\n , \r\n1,2\n\n")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 5, cells: ["1", "2"] },
    ]);
  });

  it("strips a UTF-8 BOM and reads UTF-16 (with or without its BOM) as the same records", async () => {
    const records = [{ line: 1, cells: ["code", "name"] }, { line: 2, cells: ["SQ", "Sûreté du Québec"] }];
    expect(await parseAll(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("code,name\nSQ,Sûreté du Québec\n")]), 1)).toEqual(records);
    for (const size of [undefined, 1, 3]) {
      expect(await parseAll(Buffer.from("\ufeffcode,name\r\nSQ,Sûreté du Québec\r\n", "utf16le"), size)).toEqual(records);
      expect(await parseAll(Buffer.from("code,name\nSQ,Sûreté du Québec\n", "utf16le"), size)).toEqual(records);
      expect(await parseAll(Buffer.from("\ufeffcode,name\nSQ,Sûreté du Québec\n", "utf16le").swap16(), size)).toEqual(records);
    }
  });

  it("names the record's first line for an unclosed quote and a stray quote", async () => {
    expect(await syntaxError('a,b\n1,2\n3,"open\n\n')).toEqual([3, `a quoted field is not closed before the end of the file; the field that starts with a quote on this line needs a closing quote (a quote inside a quoted field is written twice: "")`]);
    expect(await syntaxError('a,b\n1,x"y\n')).toEqual([2, "a quote inside the unquoted field 2; quote the whole field and double the quote"]);
    expect(await syntaxError('a,b\n"1"x,2\n')).toEqual([2, 'unexpected "x" after a closing quote in field 1; a quote inside a quoted field is written twice ("")']);
    expect(await syntaxError('a,b\n1,"2"é\n')).toEqual([2, `unexpected character after a closing quote in field 2; a quote inside a quoted field is written twice ("")`]);
  });

  it("counts a CRLF inside a quoted field once, for the records and the error after it", async () => {
    const text = 'a,b\r\n1,"two\r\nlines"\r\n2,"three\r\nmore\r\nlines"\r\n\r\n3,x\r\n4,"bad"x\r\n5,y\r\n';
    for (const size of [undefined, 1, 4]) {
      expect(await syntaxError(text, size)).toEqual([9, 'unexpected "x" after a closing quote in field 2; a quote inside a quoted field is written twice ("")']);
    }
    expect(await parseAll(text.replace('"bad"x', '"ok"'))).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "two\r\nlines"] },
      { line: 4, cells: ["2", "three\r\nmore\r\nlines"] },
      { line: 8, cells: ["3", "x"] },
      { line: 9, cells: ["4", "ok"] },
      { line: 10, cells: ["5", "y"] },
    ]);
  });

  it("reads a file, feeding the scan every byte", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csv-records-"));
    try {
      const file = path.join(dir, "a.csv");
      const body = "\ufeffa,b\r\n" + Array.from({ length: 50_000 }, (_, i) => `${i},"v\r\n${i}"`).join("\r\n") + "\r\n9,z";
      fs.writeFileSync(file, body);
      const scan = { bytesRead: 0, hash: createHash("sha256") };
      const records: CsvRecord[] = [];
      for await (const batch of readCsvRecords(file, scan)) records.push(...batch);
      const bytes = fs.readFileSync(file);
      expect(scan.bytesRead).toBe(bytes.length);
      expect(scan.hash.digest("hex")).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(records.length).toBe(50_002);
      expect(records[1]).toEqual({ line: 2, cells: ["0", "v\r\n0"] });
      expect(records[50_000]).toEqual({ line: 2 + 2 * 49_999, cells: ["49999", "v\r\n49999"] });
      expect(records[50_001]).toEqual({ line: 2 + 2 * 50_000, cells: ["9", "z"] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
