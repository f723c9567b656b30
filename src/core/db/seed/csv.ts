import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { dataPath } from "../../paths";

export type CsvRow = Record<string, string>;

/** A shipped CSV file as objects keyed by header; empty cells are empty strings. */
export function readDataCsv(...parts: string[]): CsvRow[] {
  const text = fs.readFileSync(dataPath(...parts), "utf8");
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
}

/** Empty cell = null. */
export const nullable = (v: string | undefined): string | null => (v === undefined || v === "" ? null : v);
export const nullableInt = (v: string | undefined): number | null => (v === undefined || v === "" ? null : Number(v));
