import type { EntityManager } from "typeorm";
import type { ScanState } from "./csv-records";
import type { BatchedForeignKeys } from "./foreign-keys";
import type { ImportFile, KindSpec, WriteCounts } from "./kind";
import type { ProgressSink } from "./progress";
import type { References } from "./references";
import { writeBatch } from "./upsert";

/** What the rows of one import are read against: the references, the file, the kind's own state. */
export interface ImportContext {
  refs: References;
  file: ImportFile;
  kindState: unknown;
}

/**
 * Writes an import's batches in its transaction, one batch in flight while the next is parsed, so
 * that the database and this process work at once. The first failure is kept and stops the
 * writing (the transaction is aborted by then); the import decides what to report.
 */
export class BatchPipeline {
  context: ImportContext | null = null;
  readonly total: WriteCounts = { inserted: 0, updated: 0 };
  written = 0;
  failure: unknown = null;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly spec: KindSpec<any, any>,
    private readonly progress: ProgressSink | undefined,
    private readonly scan: ScanState,
    private readonly foreignKeys: BatchedForeignKeys | null,
  ) {}

  /** Waits for the batch in flight, then starts writing this one. */
  async push(rows: unknown[]): Promise<void> {
    await this.inFlight;
    if (this.failure !== null) return;
    this.inFlight = this.write(rows).catch((err: unknown) => {
      this.failure = err;
    });
  }

  drain(): Promise<void> {
    return this.inFlight;
  }

  private async write(rows: unknown[]): Promise<void> {
    const { refs, file, kindState } = this.context!;
    if (this.spec.prepare) {
      const prepare = () => this.spec.prepare!(this.em, refs, file, kindState, rows);
      await (this.foreignKeys ? this.foreignKeys.withTriggers(this.em, prepare) : prepare());
    }
    await this.foreignKeys?.lock(this.em, this.spec, file, rows);
    const counts = await writeBatch(this.em, this.spec, file, rows);
    this.total.inserted += counts.inserted;
    this.total.updated += counts.updated;
    this.written += rows.length;
    this.progress?.update(this.written, this.scan.bytesRead);
  }
}
