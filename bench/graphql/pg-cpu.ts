// CPU of the PostgreSQL backends serving one database, from /proc: the benchmark runs on the same
// machine as the cluster (as root, or as the cluster's OS user). Only the backends connected to the
// benchmark's database count (pg_stat_activity.datname), so other databases of a shared cluster
// do not. Backends come and go: each PID counts from the first value seen in the window (0 for one
// born inside it, the window having started with a full list) to the last value seen.
import type { Client } from "pg";
import { cpuTicks } from "./processes";

export class DatabaseCpu {
  private first = new Map<number, number>();
  private last = new Map<number, number>();
  private started = false;

  constructor(private readonly admin: Client, private readonly database: string) {}

  async backends(): Promise<number[]> {
    const { rows } = await this.admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [this.database]);
    return rows.map((r) => r.pid);
  }

  /** Total ticks of the database's backends now (for "is it idle yet"). */
  async ticksNow(): Promise<number> {
    let sum = 0;
    for (const pid of await this.backends()) sum += cpuTicks(pid) ?? 0;
    return sum;
  }

  async sample(): Promise<void> {
    for (const pid of await this.backends()) {
      const t = cpuTicks(pid);
      if (t === null) continue;
      if (!this.first.has(pid)) this.first.set(pid, this.started ? 0 : t);
      this.last.set(pid, t);
    }
    this.started = true;
  }

  /** Ticks used in the window so far. */
  ticks(): number {
    let sum = 0;
    for (const [pid, t] of this.last) sum += t - this.first.get(pid)!;
    return sum;
  }
}
