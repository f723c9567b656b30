import type { DataSource } from "typeorm";
import { SharedVersionRead } from "./data-version";
import { readsOf } from "./reads";
import { failingOver, type Replica } from "./replica";
import type { MeterableReads } from "./statement-meter";

/** Where one request's reads go, and which writes they include. */
export interface ReadRoute {
  /** "primary" or the replica's (redacted) URL. */
  target: string;
  /** The repositories' reads (prepared statements). */
  reads: MeterableReads;
  /** The reports' reads (each planned for its arguments). */
  reportReads: MeterableReads;
  /**
   * The primary's data version when the request was routed: nothing older may be served. null when
   * the version row is missing (nothing is cached then, and nothing read from a replica).
   */
  primaryVersion: number | null;
  /**
   * The data version of the database read from, read before any of the request's reads: its
   * answers include every write up to it (at least `primaryVersion`).
   */
  version: number | null;
}

/**
 * Routes a reading request to a replica or to the primary. The primary's data version is read first
 * (one small statement); a replica is read from only when its own data version has caught up with
 * it, so a caller always sees the last committed write (read-your-writes, across processes too), and
 * a replica that lags or is down is skipped for the primary. Replicas take turns.
 */
export class ReadRouter {
  private next = 0;
  private readonly primaryReads: MeterableReads;
  private readonly primaryReportReads: MeterableReads;
  private readonly primaryVersion: SharedVersionRead;
  private readonly replicaVersions = new Map<Replica, SharedVersionRead>();

  constructor(
    primary: DataSource,
    readonly replicas: readonly Replica[] = [],
  ) {
    this.primaryReads = readsOf(primary);
    this.primaryReportReads = readsOf(primary, { prepare: false });
    this.primaryVersion = new SharedVersionRead(this.primaryReads);
    for (const r of replicas) this.replicaVersions.set(r, new SharedVersionRead(r.reads));
  }

  /** The primary's reads, without its data version (for writes, whose read-back must be current). */
  primaryRoute(): ReadRoute {
    return { target: "primary", reads: this.primaryReads, reportReads: this.primaryReportReads, primaryVersion: 0, version: 0 };
  }

  /** The primary's reads and its data version. */
  async routeToPrimary(): Promise<ReadRoute> {
    const version = await this.primaryVersion.read();
    return { ...this.primaryRoute(), primaryVersion: version, version };
  }

  async route(): Promise<ReadRoute> {
    const primary = await this.routeToPrimary();
    const { primaryVersion } = primary;
    const usable = this.replicas.filter((r) => r.usable);
    if (!usable.length || primaryVersion === null) return primary;
    const replica = usable[this.next++ % usable.length]!;
    let version: number | null;
    try {
      version = await this.replicaVersions.get(replica)!.read();
    } catch (err) {
      replica.failed(err);
      return primary;
    }
    if (version === null || version < primaryVersion) return primary;
    return {
      target: replica.name,
      reads: failingOver(replica, replica.reads, this.primaryReads),
      reportReads: failingOver(replica, readsOf(replica.db, { prepare: false }), this.primaryReportReads),
      primaryVersion,
      version,
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map((r) => r.close()));
  }
}
