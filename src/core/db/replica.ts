import { DatabaseError } from "pg";
import type { DataSource } from "typeorm";
import type { Logger } from "../logger";
import type { MeterableReads } from "./statement-meter";
import { createDataSource } from "./data-source";
import { readsOf } from "./reads";
import { ReplayLag } from "./replay-lag";

/**
 * A read replica (DATABASE_REPLICA_URLS): its pools, and its health as last checked. A replica is
 * read from while it answers and its replay lag is within `maxLagMs`; the check runs every
 * `checkEveryMs` and the log says when a replica leaves or rejoins the reads.
 */
export class Replica {
  /** Whether reads may go here (the last check passed). */
  usable = false;
  /** Replay lag in milliseconds at the last check; null when it could not be read. */
  lagMs: number | null = null;
  /** Why the replica is not used; null when it is. */
  problem: string | null = "not checked yet";
  readonly reads: MeterableReads;
  private readonly lag = new ReplayLag();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly name: string,
    readonly db: DataSource,
    private readonly maxLagMs: number,
    private readonly logger: Logger,
  ) {
    this.reads = readsOf(db);
  }

  /**
   * Checks once: reachable, in recovery (a standby), and replaying within the allowed lag.
   *
   * The lag is how long the replay has been behind a WAL position the standby had received, as
   * seen by these checks (so to within one check's interval), and at most the time since the last
   * replayed commit. The second alone, the usual measure, reads a quiet primary's first write after
   * an hour as an hour of lag until it is replayed a few milliseconds later.
   */
  async check(): Promise<void> {
    let problem: string | null = null;
    try {
      if (!this.db.isInitialized) await this.db.initialize();
      const [row] = (await this.db.query(
        `SELECT pg_is_in_recovery() AS standby, pg_last_wal_receive_lsn()::text AS received, pg_last_wal_replay_lsn()::text AS replayed,
           EXTRACT(EPOCH FROM (clock_timestamp() - pg_last_xact_replay_timestamp())) * 1000 AS since_commit_ms`,
      )) as { standby: boolean; received: string | null; replayed: string | null; since_commit_ms: string | number | null }[];
      this.lagMs = row!.standby ? this.lag.observe(row!.received, row!.replayed, row!.since_commit_ms === null ? null : Number(row!.since_commit_ms), Date.now()) : 0;
      if (!row!.standby) problem = "it is not a standby (pg_is_in_recovery() is false)";
      else if (this.lagMs > this.maxLagMs) problem = `its replay lags ${this.lagMs} ms behind, more than PEACEOPS_REPLICA_MAX_LAG_MS=${this.maxLagMs}`;
    } catch (err) {
      this.lagMs = null;
      problem = `it does not answer: ${err instanceof Error ? err.message : String(err)}`;
    }
    this.setProblem(problem);
  }

  /** Takes the replica out of the reads at once (a read on it failed for want of a connection). */
  failed(err: unknown): void {
    this.setProblem(`a read failed: ${err instanceof Error ? err.message : String(err)}`);
  }

  private setProblem(problem: string | null): void {
    const was = this.usable;
    this.usable = problem === null;
    this.problem = problem;
    if (was && !this.usable) this.logger.warn({ replica: this.name, problem }, "replica skipped: reads go to the primary");
    else if (!was && this.usable) this.logger.info({ replica: this.name, lagMs: this.lagMs }, "replica in use for reads");
  }

  start(checkEveryMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.check(), checkEveryMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.db.isInitialized) await this.db.destroy();
  }
}

export interface ReplicaOptions {
  poolSize: number;
  statementTimeoutMs?: number;
  maxLagMs: number;
  logger: Logger;
}

/** The replicas of DATABASE_REPLICA_URLS, each checked once before use. */
export async function openReplicas(urls: readonly string[], options: ReplicaOptions): Promise<Replica[]> {
  const replicas = urls.map((url) => new Replica(redactUrl(url), createDataSource({ url, poolSize: options.poolSize, statementTimeoutMs: options.statementTimeoutMs }), options.maxLagMs, options.logger));
  await Promise.all(replicas.map((r) => r.check()));
  return replicas;
}

/**
 * Reads that go to a replica, and to the primary instead when the replica fails for want of a
 * connection (it stopped, or the network did): the caller's request does not fail, and the replica
 * is out of the reads until a check finds it well again. An error of the statement itself (a
 * timeout, a bad argument) is the request's own and is not retried; a standby's cancellation for a
 * conflict with its recovery (40001) is retried on the primary.
 */
export function failingOver(replica: Replica, replicaReads: MeterableReads, primaryReads: MeterableReads): MeterableReads {
  return {
    async query(text, values, meter) {
      try {
        return await replicaReads.query(text, values, meter);
      } catch (err) {
        if (err instanceof DatabaseError && !/^(08|57P0[123]|40001)/.test(err.code ?? "")) throw err;
        replica.failed(err);
        return primaryReads.query(text, values, meter);
      }
    },
  };
}

export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
