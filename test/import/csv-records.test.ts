import { describe, expect, it } from "vitest";
import { CsvRecordParser, CsvSyntaxError, type CsvRecord } from "../../src/ingest/csv-records";

function parseAll(text: string, chunk = text.length || 1): CsvRecord[] {
  const p = new CsvRecordParser();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk), out);
  p.end(out);
  return out;
}

const TRICKY = 'code,name\r\nSQ,"Sûreté du Québec"\r\n\r\nX,"a, b"\n"Y","say ""hi""\r\nsecond line\nthird"\nZ,\n,last';

describe("the CSV record reader", () => {
  it("reads quoted commas, doubled quotes, newlines inside fields, CRLF and LF, with each record's first line", () => {
    expect(parseAll(TRICKY)).toEqual([
      { line: 1, cells: ["code", "name"] },
      { line: 2, cells: ["SQ", "Sûreté du Québec"] },
      { line: 4, cells: ["X", "a, b"] },
      { line: 5, cells: ["Y", 'say "hi"\r\nsecond line\nthird'] },
      { line: 8, cells: ["Z", ""] },
      { line: 9, cells: ["", "last"] },
    ]);
  });

  it("gives the same records whatever the chunk boundaries", () => {
    const whole = parseAll(TRICKY);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(parseAll(TRICKY, size)).toEqual(whole);
  });

  it("reads an empty quoted field and a quoted field at the end of the input", () => {
    expect(parseAll('a,"",b\n"x"')).toEqual([
      { line: 1, cells: ["a", "", "b"] },
      { line: 2, cells: ["x"] },
    ]);
  });

  it("names the record's first line for an unclosed quote and a stray quote", () => {
    const err = (text: string) => {
      try {
        parseAll(text);
      } catch (e) {
        return [(e as CsvSyntaxError).line, (e as Error).message];
      }
      return null;
    };
    expect(err('a,b\n1,2\n3,"open\n\n')).toEqual([3, "a quoted field is not closed before the end of the file"]);
    expect(err('a,b\n1,x"y\n')).toEqual([2, "a quote inside the unquoted field 2; quote the whole field and double the quote"]);
    expect(err('a,b\n"1"x,2\n')).toEqual([2, 'unexpected "x" after a closing quote in field 1']);
  });
});
