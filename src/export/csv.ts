import { stringify, type Stringifier } from "csv-stringify";

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which spreadsheet programs need to read accents right. */
  bom?: boolean;
}

/**
 * RFC 4180 CSV in the import's conventions: a header row, comma separated, fields quoted when they
 * hold a comma, a quote or a line break; booleans true/false; null as an empty cell.
 */
export function csvStringifier(columns: readonly string[], options: CsvOptions = {}): Stringifier {
  return stringify({
    header: true,
    columns: columns.map((c) => ({ key: c, header: c })),
    bom: options.bom ?? false,
    record_delimiter: "unix",
    cast: {
      boolean: (v) => (v ? "true" : "false"),
      number: (v) => String(v),
    },
  });
}
