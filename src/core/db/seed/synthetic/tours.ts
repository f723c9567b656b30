// Tours (one officer's stay in one mission) built month end by month end from a staffing plan:
// tours end on their own after 6-12 months and are replaced; where a month's target is lower,
// the tours closest to their planned end leave early; where it is higher, new tours start.
// A tour counted at one month end and not the next ends in between, and a new one starts in
// between, so the headcount at each month end is exactly the target.

import { DRAWDOWN_DAYS, TOUR_MONTHS } from "./calibration";
import { addMonths } from "./dates";
import type { MissionPlan } from "./plan";
import type { Rng } from "./prng";

/** F = female; N = not female; null = not yet fixed (decided later to meet the period's share). */
export type GenderClass = "F" | "N" | null;

export interface Tour {
  mission: string;
  start: number;
  plannedEnd: number;
  end: number | null;
  cls: GenderClass;
  /** Started to meet a UN-reported month (its class is fixed by the UN figures). */
  hard: boolean;
  expert: boolean;
}

function plannedEnd(rng: Rng, start: number): number {
  const months = rng.weighted(TOUR_MONTHS, ([, w]) => w)[0];
  return addMonths(start, months) - 1 + rng.int(-10, 10);
}

export function buildTours(plan: MissionPlan, rng: Rng): Tour[] {
  const done: Tour[] = [];
  let active: Tour[] = [];
  let prev = plan.start - 1;

  const leave = (t: Tour, day: number): void => {
    t.end = day;
    done.push(t);
  };
  // Leave early, between the previous month end (still counted) and this one (not counted).
  const leaveEarly = (t: Tour, cpDay: number): void => leave(t, rng.int(Math.max(prev, t.start), cpDay - 1));
  const begin = (cpDay: number, cls: GenderClass, hard: boolean): Tour => {
    const start = rng.int(Math.max(prev + 1, plan.start), cpDay);
    const t: Tour = { mission: plan.code, start, plannedEnd: 0, end: null, cls, hard, expert: plan.expert };
    t.plannedEnd = Math.max(plannedEnd(rng, start), cpDay);
    active.push(t);
    return t;
  };
  const soonestFirst = (a: Tour, b: Tour) => a.plannedEnd - b.plannedEnd || a.start - b.start;

  for (const cp of plan.checkpoints) {
    active = active.filter((t) => {
      if (t.plannedEnd >= cp.day) return true;
      leave(t, t.plannedEnd);
      return false;
    });
    if (cp.hard) {
      const want = { F: cp.hard.female, N: cp.hard.other };
      for (const cls of ["F", "N"] as const) {
        const mine = active.filter((t) => t.cls === cls).sort(soonestFirst);
        for (const t of mine.slice(0, Math.max(0, mine.length - want[cls]))) leaveEarly(t, cp.day);
      }
      active = active.filter((t) => t.end === null);
      const have = { F: active.filter((t) => t.cls === "F").length, N: active.filter((t) => t.cls === "N").length };
      // Undecided tours (from unconstrained months) take the classes still needed, longest-staying first.
      const open = active.filter((t) => t.cls === null).sort((a, b) => -soonestFirst(a, b));
      for (const t of open) {
        if (have.F < want.F) {
          t.cls = "F";
          have.F++;
        } else if (have.N < want.N) {
          t.cls = "N";
          have.N++;
        } else leaveEarly(t, cp.day);
      }
      active = active.filter((t) => t.end === null);
      for (const cls of ["F", "N"] as const) for (let i = have[cls]; i < want[cls]; i++) begin(cp.day, cls, true);
    } else {
      const target = cp.soft ?? 0;
      if (active.length > target) {
        active.sort(soonestFirst);
        for (const t of active.slice(0, active.length - target)) leaveEarly(t, cp.day);
        active = active.filter((t) => t.end === null);
      }
      const refill = plan.open || plan.end - cp.day >= DRAWDOWN_DAYS || cp === plan.checkpoints[0];
      if (refill) while (active.length < target) begin(cp.day, null, false);
    }
    prev = cp.day;
  }
  for (const t of active) {
    if (t.plannedEnd <= plan.end) leave(t, t.plannedEnd);
    else if (plan.open) {
      t.end = null;
      done.push(t);
    } else leave(t, plan.end);
  }
  return done;
}
