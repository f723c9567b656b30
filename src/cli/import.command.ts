import { checkImportRequest, importCsv } from "../core/ingest/import";
import { importDelimiter, importEncoding } from "./csv-options";
import { PROGRESS_MIN_BYTES } from "../core/ingest/progress";
import { formatReport, summaryJson } from "../core/ingest/report";
import type { CliContext } from "./context";
import { ImportRejectedError } from "./errors";
import { write } from "./io";

export { ImportRejectedError };

export interface ImportCommandOptions {
  dryRun?: boolean;
  json?: boolean;
  /** As typed: checked by importEncoding and importDelimiter. */
  encoding?: string;
  delimiter?: string;
  createMissions?: boolean;
}

export async function importCommand(ctx: CliContext, kind: string, file: string, opts: ImportCommandOptions): Promise<void> {
  const encoding = opts.encoding === undefined ? undefined : importEncoding(opts.encoding, "--encoding");
  const delimiter = opts.delimiter === undefined ? undefined : importDelimiter(opts.delimiter, "--delimiter");
  const { size } = checkImportRequest(kind, file);
  const summary = await ctx.lend("prepared", ({ db }) =>
    importCsv(db, kind, file, {
      dryRun: opts.dryRun,
      encoding,
      delimiter,
      createMissions: opts.createMissions,
      progress: size >= PROGRESS_MIN_BYTES ? ctx.io.progress() : undefined,
    }),
  );
  await write(ctx.io.stdout, opts.json ? `${JSON.stringify(summaryJson(summary))}\n` : formatReport(summary));
  if (summary.errorCount) {
    throw new ImportRejectedError(`import of ${summary.file} rejected: ${summary.errorCount} error(s), nothing was written`);
  }
}
