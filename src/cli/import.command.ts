import type { Config } from "../config";
import { assertMigrated, openDatabase } from "../db/open";
import { checkImportRequest, importCsv } from "../ingest/import";
import { lineProgress, PROGRESS_MIN_BYTES, terminalProgress } from "../ingest/progress";
import { formatReport, summaryJson } from "../ingest/report";

/** The file was read and had errors: the report is printed, nothing was written. */
export class ImportRejectedError extends Error {}

export interface ImportCommandOptions {
  dryRun?: boolean;
  json?: boolean;
}

export async function importCommand(config: Config, kind: string, file: string, opts: ImportCommandOptions): Promise<void> {
  const { size } = checkImportRequest(kind, file);
  // While a server holds the embedded database, go through it rather than open the directory twice.
  const database = await openDatabase(config, { shareRunning: true, poolSize: 1, prepareEmbedded: true });
  try {
    if (database.kind === "postgres") await assertMigrated(database.db);
    const progress = size >= PROGRESS_MIN_BYTES ? (process.stderr.isTTY ? terminalProgress() : lineProgress()) : undefined;
    const summary = await importCsv(database.db, kind, file, { dryRun: opts.dryRun, progress });
    process.stdout.write(opts.json ? `${JSON.stringify(summaryJson(summary))}\n` : formatReport(summary));
    if (summary.errorCount) {
      throw new ImportRejectedError(`import of ${summary.file} rejected: ${summary.errorCount} error(s), nothing was written`);
    }
  } finally {
    await database.close();
  }
}
