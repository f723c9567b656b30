import { stringify, type Stringifier } from "csv-stringify";
import type { Delimiter } from "../core/ingest/delimiter";
import { neutraliseFormula } from "../core/input/spreadsheet-text";

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which spreadsheet programs need to read accents right. */
  bom?: boolean;
  /**
   * The field separator: a comma (default), or the semicolon that spreadsheet programs expect where
   * the comma is the decimal mark (French-Canadian and most European locales), or a tab. The import
   * reads all three.
   */
  delimiter?: Delimiter;
}

/**
 * RFC 4180 CSV in the import's conventions: a header row, comma separated unless asked otherwise,
 * fields quoted when they hold the separator, a quote or a line break; booleans true/false; null as an empty cell. A text that a
 * spreadsheet would run as a formula gets a leading `'` (src/core/input/spreadsheet-text.ts), which
 * the import takes away; numbers are written as numbers, a negative one included.
 */
export function csvStringifier(columns: readonly string[], options: CsvOptions = {}): Stringifier {
  return stringify({
    header: true,
    columns: columns.map((c) => ({ key: c, header: c })),
    bom: options.bom ?? false,
    delimiter: options.delimiter ?? ",",
    record_delimiter: "unix",
    // A carriage return alone is a line end to some readers: quoted like a line feed. A comma, a
    // semicolon or a tab is quoted whatever the separator: a spreadsheet program opening the file
    // with several separators ticked (LibreOffice's default) then still keeps each cell whole.
    quoted_match: /[\r,;\t]/,
    cast: {
      boolean: (v) => (v ? "true" : "false"),
      number: (v) => String(v),
      string: (v, context) => (context.header ? v : neutraliseFormula(v)),
    },
  });
}
