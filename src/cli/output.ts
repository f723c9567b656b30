import fs from "node:fs";
import type { Column } from "../export/columns";
import type { CsvOptions } from "../export/csv";
import { jsonText, writeCsv, type CsvRecords } from "../export/write";

/** Where a command writes its data: a file (`--out`), or stdout. */
export interface Output {
  file?: string;
  csv: CsvOptions;
}

/** Writes CSV to the file or stdout; a file left half-written by an error is removed. */
export async function outputCsv(output: Output, columns: readonly string[], records: CsvRecords): Promise<void> {
  if (!output.file) return writeCsv(columns, records, process.stdout, { ...output.csv, end: false });
  try {
    await writeCsv(columns, records, fs.createWriteStream(output.file), output.csv);
  } catch (err) {
    fs.rmSync(output.file, { force: true });
    throw err;
  }
}

export async function outputJson(output: Output, rows: unknown): Promise<void> {
  if (output.file) fs.writeFileSync(output.file, jsonText(rows));
  else process.stdout.write(jsonText(rows));
}

export const names = (columns: readonly Column[]) => columns.map((c) => c.name);

/** Counts records as they stream past, for the closing line. */
export async function* counted<T>(records: Iterable<T> | AsyncIterable<T>, counter: { n: number }): AsyncGenerator<T> {
  for await (const r of records) {
    counter.n++;
    yield r;
  }
}
