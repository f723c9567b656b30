/** A WAL position ("16/B374D848") as a number that compares. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split("/");
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** Positions remembered while the replay is behind: enough for a long pause checked every second. */
const MAX_PENDING = 1000;

/**
 * A standby's replay lag from its successive checks: each check remembers the WAL position the
 * standby had received and when; the lag is the age of the oldest remembered position that is not
 * replayed yet (0 when everything received is replayed), and never more than the time since the
 * last replayed commit.
 */
export class ReplayLag {
  private pending: { lsn: bigint; seenAt: number }[] = [];

  /** Takes one check's reading; returns the lag in milliseconds. */
  observe(received: string | null, replayed: string | null, sinceLastCommitMs: number | null, now: number): number {
    if (received === null || replayed === null) {
      // Not streaming (yet): nothing received to be behind on.
      this.pending = [];
      return 0;
    }
    const done = lsnValue(replayed);
    this.pending = this.pending.filter((p) => p.lsn > done);
    const behind = lsnValue(received) > done;
    if (!behind) {
      this.pending = [];
      return 0;
    }
    const last = this.pending[this.pending.length - 1];
    if (this.pending.length < MAX_PENDING && (!last || last.lsn < lsnValue(received))) this.pending.push({ lsn: lsnValue(received), seenAt: now });
    const age = now - this.pending[0]!.seenAt;
    return Math.round(Math.max(0, sinceLastCommitMs === null ? age : Math.min(age, sinceLastCommitMs)));
  }
}
