import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { QueryFailedError, type DataSource, type EntityManager } from "typeorm";
import { cliActor, type Actor } from "../audit/actor";
import { CONSTRAINT_RULES, describeConstraint } from "../domain/constraint-rules";
import { recordAudit } from "../audit/audit-log";
import { CsvSyntaxError, readCsvRecords, type ReadOptions, type ScanState } from "./csv-records";
import type { Delimiter } from "./delimiter";
import { canonicalColumn, headerHint } from "./header";
import type { KindSpec } from "./kind";
import { findKind, KIND_NAMES } from "./kinds";
import { ProblemList, type Problem } from "./problems";
import type { ProgressSink } from "./progress";
import { loadReferences } from "./references";
import { RowContext } from "./row-context";
import { BatchedForeignKeys, ReferenceGoneError } from "./foreign-keys";
import { BatchPipeline, type ImportContext } from "./batch-pipeline";

/** What the user asked for cannot start: an unknown kind, an unreadable file. Nothing was read. */
export class ImportUsageError extends Error {}

/**
 * The database refused a valid-looking file (a constraint on a stored value the file left as it
 * was, a row deleted meanwhile): the transaction was rolled back.
 */
export class ImportWriteError extends Error {}

export interface ImportOptions extends ReadOptions {
  /** Validate and count, then roll back: nothing is kept. */
  dryRun?: boolean;
  /** UN files: create a UN-led mission for a code the register does not know, instead of refusing it. */
  createMissions?: boolean;
  progress?: ProgressSink;
  batchSize?: number;
  actor?: Actor;
}

export interface ImportSummary {
  kind: string;
  file: string;
  sha256: string;
  dryRun: boolean;
  /** How the file was read: its encoding and field separator (given, or found in the file). */
  encoding: string | null;
  delimiter: Delimiter | null;
  /** The separator was found in the header, not given. */
  delimiterFound: boolean;
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

// Thrown to roll the transaction back when the file has problems: the summary lists them.
class Rejected extends Error {}

interface Header {
  index: Map<string, number>;
  width: number;
  /** Columns without a name (spreadsheet programs pad rows to the widest): a value in one is refused. */
  unnamed: number[];
}

/**
 * Checks the header row: every required column, no column twice; unknown columns are warnings.
 * Names are matched whatever their case and spacing ("Start Date" is start_date).
 */
function readHeader(spec: KindSpec<unknown>, cells: string[], errors: ProblemList, warnings: ProblemList, line: number): Header {
  const index = new Map<string, number>();
  const unnamed: number[] = [];
  const written = new Map<string, string>();
  const knownNames = [...spec.columns.map((c) => c.name), ...(spec.knownColumns ?? [])];
  const known = new Set(knownNames);
  cells.forEach((raw, i) => {
    const name = canonicalColumn(raw);
    if (!name) {
      unnamed.push(i);
      return;
    }
    const shown = raw.trim();
    if (index.has(name)) {
      const first = written.get(name)!;
      errors.add(line, shown, first === shown ? "appears twice in the header" : `appears twice in the header (as ${JSON.stringify(first)} and ${JSON.stringify(shown)})`);
    } else {
      index.set(name, i);
      written.set(name, shown);
    }
    if (!known.has(name)) warnings.add(line, shown, `unknown column, ignored${headerHint(shown, knownNames, cells.length)}`);
  });
  const columnList = spec.columns.map((c) => (c.required ? c.name : `${c.name} (optional)`)).join(", ");
  const missing = spec.columns.filter((c) => c.required && !index.has(c.name));
  missing.forEach((c, i) => errors.add(line, c.name, `required column is missing${i === 0 ? `; ${spec.kind} files have the columns ${columnList}` : ""}`));
  return { index, width: cells.length, unnamed };
}

/** Reads every record after the header; `onRow` gets each valid row. Returns the number of records. */
async function scan(
  spec: KindSpec<any, any>,
  filePath: string,
  state: ScanState,
  read: ReadOptions,
  errors: ProblemList,
  warnings: ProblemList,
  onHeader: (header: Header) => Promise<ImportContext | null>,
  onRow: (row: unknown, line: number) => Promise<void> | void,
): Promise<number> {
  let records = 0;
  let header: Header | null = null;
  let context: ImportContext | null = null;
  try {
    for await (const chunk of readCsvRecords(filePath, state, read)) {
      for (const record of chunk) {
        if (!header) {
          header = readHeader(spec, record.cells, errors, warnings, record.line);
          context = errors.count ? null : await onHeader(header);
          if (!context) return 0;
          continue;
        }
        records++;
        // Separators past the last column with nothing in between, as spreadsheet programs leave
        // when a cell beyond the table once held something: not a field.
        if (record.cells.length > header.width && record.cells.slice(header.width).every((c) => c.trim() === "")) {
          record.cells.length = header.width;
        }
        if (record.cells.length !== header.width) {
          errors.add(record.line, null, `has ${record.cells.length} fields; the header has ${header.width}` +
            (record.cells.length > header.width ? `: a cell that holds the separator ${JSON.stringify(state.delimiter ?? ",")} must be in double quotes` : ": fill in or add the missing cells"));
          continue;
        }
        const stray = header.unnamed.find((i) => record.cells[i]!.trim() !== "");
        if (stray !== undefined) {
          errors.add(record.line, null, `column ${stray + 1} has no name in the header but holds ${JSON.stringify(record.cells[stray]!.trim())}` +
            ": a value split off a cell (a separator inside a cell that is not quoted?), or a column to name or delete");
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
    return records;
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
 * Imports one CSV file of a kind, all or nothing, in one pass and one transaction: each record is
 * validated (types, enums, references, constraints, duplicate natural keys) as it is read, and
 * valid rows are written in batches of set-based upserts while the next batch is parsed. The first
 * problem stops the writing; the rest of the file is still read, so that every problem is reported,
 * and the transaction is rolled back. A valid file is committed with one audit entry. Memory holds
 * the reference maps and the file's natural keys, not its rows.
 */
export async function importCsv(db: DataSource, kindName: string, filePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { spec, size } = checkImportRequest(kindName, filePath);
  const name = path.basename(filePath);
  const errors = new ProblemList();
  const warnings = new ProblemList();
  const progress = options.progress;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const scanState: ScanState = { bytesRead: 0, hash: createHash("sha256") };
  let rows = 0;
  let sha256: string | undefined;
  const digest = () => (sha256 ??= scanState.hash!.digest("hex"));
  const summary = (counts: { inserted: number; updated: number }): ImportSummary => ({
    kind: spec.kind, file: name, sha256: digest(), dryRun: Boolean(options.dryRun),
    encoding: scanState.encoding ?? null,
    delimiter: scanState.delimiter ?? null,
    delimiterFound: Boolean(scanState.delimiterDetected),
    rows,
    inserted: counts.inserted, updated: counts.updated, unchanged: errors.count ? 0 : rows - counts.inserted - counts.updated,
    warnings: warnings.items, warningCount: warnings.count, errors: errors.items, errorCount: errors.count,
  });

  let counts: { inserted: number; updated: number };
  let fileColumns: ReadonlySet<string> | undefined;
  try {
    counts = await db.transaction(async (em: EntityManager) => {
      const foreignKeys = await BatchedForeignKeys.enable(em, spec);
      const writer = new BatchPipeline(em, spec, progress, scanState, foreignKeys);
      const keys = new Map<string, number>();
      let valid = 0;
      let batch: unknown[] = [];
      progress?.start(options.dryRun ? "checking" : "importing", size);
      // A reading failure must not leave a batch running into the rollback: it is drained first.
      rows = await scan(spec, filePath, scanState, { encoding: options.encoding, delimiter: options.delimiter }, errors, warnings,
        async (header) => {
          const refs = await loadReferences(em, spec.references);
          fileColumns = new Set(header.index.keys());
          writer.context = {
            refs, file: { name, columns: new Set(header.index.keys()), warnings, createMissions: Boolean(options.createMissions) }, kindState: spec.newState?.(),
          };
          return writer.context;
        },
        (row, line) => {
          valid++;
          const key = spec.key(row);
          const earlier = keys.get(key);
          if (earlier !== undefined) errors.add(line, spec.keyColumns[0], `repeats the ${spec.keyColumns.join(" + ")} of line ${earlier}: a row is one record; keep one of the two`);
          else keys.set(key, line);
          if (errors.count) {
            // Nothing more is written once the file is known to be rejected; reading goes on.
            batch = [];
            if (valid % 1000 === 0) progress?.update(valid, scanState.bytesRead);
            return;
          }
          batch.push(row);
          if (batch.length < batchSize) return;
          const full = batch;
          batch = [];
          return writer.push(full);
        }).finally(() => writer.drain());
      keys.clear();
      if (!errors.count && batch.length) await writer.push(batch);
      await writer.drain();
      progress?.update(errors.count ? valid : writer.written, scanState.bytesRead);
      progress?.stop();
      if (errors.count) throw new Rejected();
      if (writer.failure) throw writer.failure;
      if (options.dryRun) throw new DryRunRollback(writer.total);
      await foreignKeys?.disable(em);
      const done = summary(writer.total);
      await recordAudit(em, options.actor ?? cliActor(), {
        action: "IMPORT",
        entity: spec.kind,
        details: { file: name, sha256: done.sha256, rows, inserted: done.inserted, updated: done.updated, unchanged: done.unchanged, warnings: warnings.count },
      });
      return writer.total;
    });
  } catch (err) {
    progress?.stop();
    if (err instanceof QueryFailedError) {
      // A rule between a cell of the file and a stored value the file left as it was (its column
      // absent): said in the rule's words; the driver's detail (the row's values) stays out.
      const constraint = (err as QueryFailedError & { driverError?: { constraint?: string } }).driverError?.constraint;
      const rule = constraint ? CONSTRAINT_RULES[constraint] : undefined;
      if (!rule) throw new ImportWriteError(`The database refused the import of ${name}; nothing was written: ${err.message}`);
      const absent = rule.columns.filter((c) => !fileColumns?.has(c));
      throw new ImportWriteError(
        `The database refused the import of ${name}; nothing was written: a row breaks the rule "${describeConstraint(constraint!, (c) => c)}" ` +
          `with a value stored earlier${absent.length ? ` in ${absent.join(", ")}, which the file does not have: add ${absent.length === 1 ? "that column" : "those columns"} to the file` : ""}`,
      );
    }
    if (err instanceof ReferenceGoneError) throw new ImportWriteError(err.message);
    if (err instanceof Rejected) return summary({ inserted: 0, updated: 0 });
    if (!(err instanceof DryRunRollback)) throw err;
    counts = err.counts;
  }
  return summary(counts);
}
