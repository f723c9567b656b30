import { stringify, type Stringifier } from "csv-stringify";
import { neutraliseFormula } from "../core/input/spreadsheet-text";

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which spreadsheet programs need to read accents right. */
  bom?: boolean;
}

/**
 * RFC 4180 CSV in the import's conventions: a header row, comma separated, fields quoted when they
 * hold a comma, a quote or a line break; booleans true/false; null as an empty cell. A text that a
 * spreadsheet would run as a formula gets a leading `'` (src/core/input/spreadsheet-text.ts), which
 * the import takes away; numbers are written as numbers, a negative one included.
 */
export function csvStringifier(columns: readonly string[], options: CsvOptions = {}): Stringifier {
  return stringify({
    header: true,
    columns: columns.map((c) => ({ key: c, header: c })),
    bom: options.bom ?? false,
    record_delimiter: "unix",
    // A carriage return alone is a line end to some readers: quoted like a line feed.
    quoted_match: /\r/,
    cast: {
      boolean: (v) => (v ? "true" : "false"),
      number: (v) => String(v),
      string: (v, context) => (context.header ? v : neutraliseFormula(v)),
    },
  });
}
