import fs from "node:fs";
import type { Writable } from "node:stream";
import type { Column } from "../export/columns";
import type { CsvOptions } from "../export/csv";
import { jsonText, writeCsv, type CsvRecords } from "../export/write";
import { write } from "./io";

/** Where a command writes its data: a file (`--out`), or its stdout. */
export interface Output {
  file?: string;
  stdout: Writable;
  csv: CsvOptions;
}

/** Writes CSV to the file or stdout; a file left half-written by an error is removed. */
export async function outputCsv(output: Output, columns: readonly string[], records: CsvRecords): Promise<void> {
  if (!output.file) return writeCsv(columns, records, output.stdout, { ...output.csv, end: false });
  try {
    await writeCsv(columns, records, fs.createWriteStream(output.file), output.csv);
  } catch (err) {
    fs.rmSync(output.file, { force: true });
    throw err;
  }
}

export async function outputJson(output: Output, rows: unknown): Promise<void> {
  if (output.file) fs.writeFileSync(output.file, jsonText(rows));
  else await write(output.stdout, jsonText(rows));
}

export const names = (columns: readonly Column[]) => columns.map((c) => c.name);

/** Counts records as they stream past, for the closing line. */
export async function* counted<T>(records: Iterable<T> | AsyncIterable<T>, counter: { n: number }): AsyncGenerator<T> {
  for await (const r of records) {
    counter.n++;
    yield r;
  }
}
