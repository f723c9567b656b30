// Experts and observers: a few officers in UN missions without a Canadian contingent, so the
// register reaches the RCMP's "over 33 countries". Placed before the UN data's months where
// possible, because the UN reports no Canadian individual police there.

import { HOST_COUNTRIES_MAX, HOST_COUNTRIES_MIN } from "./calibration";
import { addMonths, dayOf, parseDay } from "./dates";
import { expertPlan, isUnLed, type MissionPlan, type UnTargets } from "./plan";
import type { Rng } from "./prng";
import type { MissionRef } from "./types";

const EARLIEST = dayOf(1990, 1, 1);
const MIN_WINDOW_DAYS = 180;

interface Candidate {
  mission: MissionRef;
  lo: number;
  hi: number;
  /** Outside the UN data's months (or not UN-led). */
  clean: boolean;
  key: number;
}

export function expertPlans(
  missions: MissionRef[], covered: Set<string>, staffed: Set<string>, un: UnTargets, rng: Rng,
): MissionPlan[] {
  const goal = rng.int(HOST_COUNTRIES_MIN, HOST_COUNTRIES_MAX);
  const seen = new Set(covered);
  const cands: Candidate[] = [];
  for (const m of missions) {
    if (staffed.has(m.code) || m.hostCountries.length === 0) continue;
    const lo = Math.max(parseDay(m.startDate), EARLIEST);
    const hi = Math.min(m.endDate === null ? un.asOf : parseDay(m.endDate), un.asOf);
    const preHi = isUnLed(m) && un.windowStart !== null ? Math.min(hi, un.windowStart - 1) : hi;
    if (preHi - lo >= MIN_WINDOW_DAYS) cands.push({ mission: m, lo, hi: preHi, clean: true, key: rng.float() });
    else if (hi - lo >= MIN_WINDOW_DAYS) cands.push({ mission: m, lo, hi, clean: false, key: rng.float() });
  }
  const plans: MissionPlan[] = [];
  while (seen.size < goal) {
    const gain = (c: Candidate) => c.mission.hostCountries.filter((h) => !seen.has(h)).length;
    const best = cands
      .filter((c) => gain(c) > 0)
      .sort((a, b) => Number(b.clean) - Number(a.clean) || gain(b) - gain(a) || a.key - b.key)[0];
    if (!best) break;
    cands.splice(cands.indexOf(best), 1);
    best.mission.hostCountries.forEach((h) => seen.add(h));
    const months = rng.int(9, 30);
    const start = rng.int(best.lo, Math.max(best.lo, addMonths(best.hi, -months)));
    const end = Math.min(best.hi, addMonths(start, months) - 1);
    plans.push(expertPlan(best.mission.code, start, end, rng.int(1, 2)));
  }
  return plans;
}
