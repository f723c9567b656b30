import { describe, expect, it } from "vitest";
import { lsnValue, ReplayLag } from "../../src/core/db/replay-lag";

describe("a standby's replay lag", () => {
  it("reads WAL positions as numbers", () => {
    expect(lsnValue("0/0")).toBe(0n);
    expect(lsnValue("0/5000028")).toBe(0x5000028n);
    expect(lsnValue("16/B374D848")).toBe(0x16n * 2n ** 32n + 0xb374d848n);
    expect(lsnValue("1/0") > lsnValue("0/FFFFFFFF")).toBe(true);
  });

  it("is 0 when everything received is replayed, however long ago the last commit was", () => {
    const lag = new ReplayLag();
    expect(lag.observe("0/3000000", "0/3000000", 3_600_000, 1000)).toBe(0);
    expect(lag.observe(null, null, null, 2000)).toBe(0);
  });

  it("is the age of the oldest received position not yet replayed, not the time since the last commit", () => {
    const lag = new ReplayLag();
    // A quiet hour, then a write: received, not replayed yet. The last commit is an hour old.
    expect(lag.observe("0/3000100", "0/3000000", 3_600_000, 10_000)).toBe(0);
    // Replayed by the next check.
    expect(lag.observe("0/3000100", "0/3000100", 20, 11_000)).toBe(0);
    // A paused replay: the position first seen at 12 s is still not replayed at 13 s and 14.5 s,
    // while more arrives.
    expect(lag.observe("0/3000200", "0/3000100", 1_000, 12_000)).toBe(0);
    expect(lag.observe("0/3000300", "0/3000100", 2_000, 13_000)).toBe(1_000);
    expect(lag.observe("0/3000400", "0/3000100", 3_500, 14_500)).toBe(2_500);
    // Replay resumes up to 0/3000300: the oldest unreplayed one is 0/3000400, seen at 14.5 s.
    expect(lag.observe("0/3000400", "0/3000300", 100, 15_000)).toBe(100);
    expect(lag.observe("0/3000400", "0/3000300", 900, 15_400)).toBe(900);
    expect(lag.observe("0/3000400", "0/3000400", 5, 16_000)).toBe(0);
  });
});
