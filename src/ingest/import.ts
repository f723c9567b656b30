import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { QueryFailedError, type DataSource, type EntityManager } from "typeorm";
import { cliActor, type Actor } from "../audit/actor";
import { recordAudit } from "../audit/audit-log";
import { CsvSyntaxError, readCsvRecords, type ScanState } from "./csv-records";
import type { ImportFile, KindSpec } from "./kind";
import { findKind, KIND_NAMES } from "./kinds";
import { ProblemList, type Problem } from "./problems";
import type { ProgressSink } from "./progress";
import { loadReferences, type References } from "./references";
import { RowContext } from "./row-context";
import { writeBatch } from "./upsert";

/** What the user asked for cannot start: an unknown kind, an unreadable file. Nothing was read. */
export class ImportUsageError extends Error {}

/**
 * The database refused a valid-looking file (a constraint on a stored value the file left as it
 * was, a row deleted meanwhile): the transaction was rolled back.
 */
export class ImportWriteError extends Error {}

export interface ImportOptions {
  /** Validate and count, then roll back: nothing is kept. */
  dryRun?: boolean;
  progress?: ProgressSink;
  batchSize?: number;
  actor?: Actor;
}

export interface ImportSummary {
  kind: string;
  file: string;
  sha256: string;
  dryRun: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** The first 100 warnings and errors; the counts cover all of them. */
  warnings: Problem[];
  warningCount: number;
  errors: Problem[];
  errorCount: number;
}

const DEFAULT_BATCH = 10_000;

// Thrown to roll a dry run's transaction back once it has counted.
class DryRunRollback extends Error {
  constructor(readonly counts: { inserted: number; updated: number }) {
    super("dry run");
  }
}

interface Header {
  index: Map<string, number>;
  width: number;
}

/** Checks the header row: every required column, no column twice; unknown columns are warnings. */
function readHeader(spec: KindSpec<unknown>, cells: string[], errors: ProblemList, warnings: ProblemList): Header {
  const index = new Map<string, number>();
  const known = new Set([...spec.columns.map((c) => c.name), ...(spec.knownColumns ?? [])]);
  cells.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return;
    if (index.has(name)) errors.add(1, name, "appears twice in the header");
    else index.set(name, i);
    if (!known.has(name)) warnings.add(1, name, "unknown column, ignored");
  });
  for (const c of spec.columns) if (c.required && !index.has(c.name)) errors.add(1, c.name, "required column is missing");
  return { index, width: cells.length };
}

/** Reads every record after the header; `onRow` gets each valid row. Returns the number of records. */
async function scan(
  spec: KindSpec<any, any>,
  filePath: string,
  state: ScanState,
  errors: ProblemList,
  warnings: ProblemList,
  onHeader: (header: Header) => Promise<{ refs: References; file: ImportFile; kindState: unknown } | null>,
  onRow: (row: unknown, line: number) => Promise<void> | void,
): Promise<number> {
  let records = 0;
  let header: Header | null = null;
  let context: { refs: References; file: ImportFile; kindState: unknown } | null = null;
  try {
    for await (const chunk of readCsvRecords(filePath, state)) {
      for (const record of chunk) {
        if (!header) {
          header = readHeader(spec, record.cells, errors, warnings);
          context = errors.count ? null : await onHeader(header);
          if (!context) return 0;
          continue;
        }
        records++;
        if (record.cells.length !== header.width) {
          errors.add(record.line, null, `has ${record.cells.length} fields; the header has ${header.width}`);
          continue;
        }
        const ctx = new RowContext(record.line, record.cells, header.index, errors);
        const row = spec.parse(ctx, context!.refs, context!.file, context!.kindState);
        if (row === null) continue;
        const pending = onRow(row, record.line);
        if (pending) await pending; // only a full batch waits
      }
    }
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    errors.add(err.line, null, err.message);
  }
  if (!header) errors.add(1, null, "the file is empty: a header row is required");
  return records;
}

/** The kind exists and the file is a readable file; its size. Checked before any database work. */
export function checkImportRequest(kindName: string, filePath: string): { spec: KindSpec<any, any>; size: number } {
  const spec = findKind(kindName);
  if (!spec) throw new ImportUsageError(`Unknown kind ${JSON.stringify(kindName)}: one of ${KIND_NAMES.join(", ")}.`);
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new Error("not a file");
    fs.accessSync(filePath, fs.constants.R_OK);
    return { spec, size: stat.size };
  } catch (err) {
    throw new ImportUsageError(`Cannot read ${filePath}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}.`);
  }
}

/**
 * Imports one CSV file of a kind, all or nothing: a first pass validates every record (types,
 * enums, references, constraints, duplicate natural keys) with the references read once; only a
 * valid file is written, by a second pass in one transaction, in batches of set-based upserts,
 * with one audit entry. Memory holds the reference maps and the file's natural keys, not its rows.
 */
export async function importCsv(db: DataSource, kindName: string, filePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { spec, size } = checkImportRequest(kindName, filePath);
  const name = path.basename(filePath);
  const errors = new ProblemList();
  const warnings = new ProblemList();
  const progress = options.progress;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;

  // Pass 1: validate.
  const first: ScanState = { bytesRead: 0, hash: createHash("sha256") };
  const keys = new Map<string, number>();
  const kindState = spec.newState?.();
  let file: ImportFile | null = null;
  let refs: References | null = null;
  let valid = 0;
  progress?.start("validating", size);
  const rows = await scan(spec, filePath, first, errors, warnings,
    async (header) => {
      refs = await loadReferences(db.manager, spec.references);
      file = { name, columns: new Set(header.index.keys()), warnings };
      return { refs, file, kindState };
    },
    (row, line) => {
      valid++;
      const key = spec.key(row);
      const earlier = keys.get(key);
      if (earlier !== undefined) errors.add(line, spec.keyColumns[0], `repeats the ${spec.keyColumns.join(" + ")} of line ${earlier}`);
      else keys.set(key, line);
      if (valid % 1000 === 0) progress?.update(valid, first.bytesRead);
    });
  progress?.update(valid, first.bytesRead);
  progress?.stop();
  keys.clear();
  const sha256 = first.hash!.digest("hex");
  const summary: ImportSummary = {
    kind: spec.kind, file: name, sha256, dryRun: Boolean(options.dryRun), rows, inserted: 0, updated: 0, unchanged: 0,
    warnings: warnings.items, warningCount: warnings.count, errors: errors.items, errorCount: errors.count,
  };
  if (errors.count) return summary;

  // Pass 2: write, in one transaction.
  let counts: { inserted: number; updated: number };
  try {
    counts = await db.transaction(async (em: EntityManager) => {
      await spec.prepare?.(em, refs!, file!, kindState);
      const second: ScanState = { bytesRead: 0, hash: createHash("sha256") };
      const again = new ProblemList();
      const total = { inserted: 0, updated: 0 };
      let batch: unknown[] = [];
      let written = 0;
      // One batch in flight while the next is parsed: the database and this process work at once.
      let inFlight: Promise<void> = Promise.resolve();
      const flush = async () => {
        const rowsOut = batch;
        batch = [];
        await inFlight;
        inFlight = writeBatch(em, spec, file!, rowsOut).then((c) => {
          total.inserted += c.inserted;
          total.updated += c.updated;
          written += rowsOut.length;
          progress?.update(written, second.bytesRead);
        });
        inFlight.catch(() => undefined); // surfaced by the next await
      };
      progress?.start(options.dryRun ? "counting" : "writing", size);
      await scan(spec, filePath, second, again, new ProblemList(), async () => ({ refs: refs!, file: file!, kindState }), (row) => {
        batch.push(row);
        return batch.length >= batchSize ? flush() : undefined;
      });
      if (batch.length) await flush();
      await inFlight;
      progress?.stop();
      if (again.count || written !== rows || second.hash!.digest("hex") !== sha256) {
        throw new ImportUsageError(`${name} changed while it was being imported; nothing was written.`);
      }
      if (options.dryRun) throw new DryRunRollback(total);
      const unchanged = rows - total.inserted - total.updated;
      await recordAudit(em, options.actor ?? cliActor(), {
        action: "IMPORT",
        entity: spec.kind,
        details: { file: name, sha256, rows, inserted: total.inserted, updated: total.updated, unchanged, warnings: warnings.count },
      });
      return total;
    });
  } catch (err) {
    progress?.stop();
    if (err instanceof QueryFailedError) {
      // The driver's message names the constraint; its detail (the row's values) stays out.
      throw new ImportWriteError(`The database refused the import of ${name}; nothing was written: ${err.message}`);
    }
    if (!(err instanceof DryRunRollback)) throw err;
    counts = err.counts;
  }
  return { ...summary, inserted: counts.inserted, updated: counts.updated, unchanged: rows - counts.inserted - counts.updated };
}
