// Officers: tours are chained into careers (an officer redeploys after home duty, to another
// mission), each career is one officer; then gender, service, rank and a synthetic name.

import {
  ANOTHER_GENDER_SHARE, FEMALE_SHARE, JURISDICTION_WEIGHT, MAX_GAP_DAYS, MAX_TOURS, MIN_GAP_DAYS,
  RANKS_JUNIOR, RANKS_JUNIOR_WEIGHT, RANKS_SENIOR, RANKS_SENIOR_WEIGHT, UNDISCLOSED_SHARE, rcmpShare,
} from "./calibration";
import { yearOf } from "./dates";
import { FAMILY, FEMALE_GIVEN, MALE_GIVEN, NEUTRAL_GIVEN } from "./names";
import type { Rng } from "./prng";
import type { Tour } from "./tours";
import type { Gender, SyntheticOfficer } from "./types";

export interface Career {
  tours: Tour[];
  officer: SyntheticOfficer;
}

/**
 * Fix the gender class of tours no UN figure decided, so that each period's women's share of
 * tours started matches FEMALE_SHARE (UN-reported tours count as they are). Later years of a
 * period are favoured, so the share also rises within it.
 */
export function assignClasses(tours: Tour[], rng: Rng): void {
  let lo = -Infinity;
  for (const { until, share } of FEMALE_SHARE) {
    const inPeriod = tours.filter((t) => {
      const y = yearOf(t.start);
      return y > lo && y <= until;
    });
    const undecided = inPeriod.filter((t) => t.cls === null);
    const fixedF = inPeriod.filter((t) => t.cls === "F").length;
    const wantF = Math.round(share * inPeriod.length) - fixedF;
    const k = Math.max(0, Math.min(undecided.length, wantF));
    const first = lo === -Infinity ? 1989 : lo + 1;
    const chosen = new Set(rng.sample(undecided, k, (t) => 1 + (yearOf(t.start) - first) / 10));
    for (const t of undecided) t.cls = chosen.has(t) ? "F" : "N";
    lo = until;
  }
}

/** Chain tours into careers, aiming at `target` careers (the rest of the tours are redeployments). */
export function chainCareers(tours: Tour[], target: number, rng: Rng): Tour[][] {
  const ordered = [...tours].sort((a, b) => a.start - b.start || a.mission.localeCompare(b.mission));
  const careers: Tour[][] = [];
  const byClass = { F: [] as Tour[][], N: [] as Tour[][] };
  let merges = Math.max(0, ordered.length - target);
  ordered.forEach((t, i) => {
    const pool = byClass[t.cls ?? "N"];
    const p = merges / (ordered.length - i);
    let joined = false;
    if (merges > 0 && rng.chance(Math.min(1, p * 1.5))) {
      // careers are created in start order: skip those begun more than 12 years before
      let lo = 0;
      let hi = pool.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pool[mid][0].start < t.start - 4_380) lo = mid + 1;
        else hi = mid;
      }
      for (let attempt = 0; attempt < 30 && lo < pool.length && !joined; attempt++) {
        const c = pool[rng.int(lo, pool.length - 1)];
        const last = c[c.length - 1];
        const ok =
          c.length < MAX_TOURS &&
          last.end !== null &&
          t.start - last.end >= MIN_GAP_DAYS &&
          t.start - last.end <= MAX_GAP_DAYS &&
          !c.some((x) => x.mission === t.mission);
        if (ok) {
          c.push(t);
          joined = true;
          merges--;
        }
      }
    }
    if (!joined) {
      const c = [t];
      careers.push(c);
      pool.push(c);
    }
  });
  return careers;
}

export function makeOfficers(
  careers: Tour[][],
  services: { code: string; jurisdiction: string }[],
  seniorOf: (t: Tour) => boolean,
  rng: Rng,
): Career[] {
  // pseudonymous numbers, unrelated to the order of deployment
  const numbers = rng.shuffle(careers.map((_, i) => i + 1));
  const genders = otherGenders(careers, rng);
  const service = serviceChooser(careers, services, rng);
  return careers.map((tours, i) => {
    const gender = genders[i];
    const senior = tours.some(seniorOf);
    let rank = senior
      ? rng.weighted(RANKS_SENIOR.map((r, k) => [r, RANKS_SENIOR_WEIGHT[k]] as const), ([, w]) => w)[0]
      : rng.weighted(RANKS_JUNIOR.map((r, k) => [r, RANKS_JUNIOR_WEIGHT[k]] as const), ([, w]) => w)[0];
    if (rank === "Corporal" && service[i] !== RCMP_CODE) rank = "Constable"; // an RCMP rank
    const given =
      gender === "FEMALE" ? FEMALE_GIVEN : gender === "MALE" ? MALE_GIVEN : rng.pick([NEUTRAL_GIVEN, FEMALE_GIVEN, MALE_GIVEN]);
    const officer: SyntheticOfficer = {
      personnelNumber: `CPA-${String(numbers[i]).padStart(6, "0")}`,
      givenName: rng.pick(given),
      familyName: rng.pick(FAMILY),
      gender,
      rank,
      policeServiceCode: service[i],
    };
    return { tours, officer };
  });
}

/** Women from the class; a fixed small share of the others recorded as another or undisclosed gender. */
function otherGenders(careers: Tour[][], rng: Rng): Gender[] {
  const out: Gender[] = careers.map((c) => (c[0].cls === "F" ? "FEMALE" : "MALE"));
  const men = out.map((g, i) => (g === "MALE" ? i : -1)).filter((i) => i >= 0);
  const another = Math.round(ANOTHER_GENDER_SHARE * careers.length);
  const undisclosed = Math.round(UNDISCLOSED_SHARE * careers.length);
  rng.sample(men, another + undisclosed).forEach((i, k) => (out[i] = k < another ? "ANOTHER_GENDER" : "UNDISCLOSED"));
  return out;
}

const RCMP_CODE = "RCMP";

/** RCMP for about half, the rest by jurisdiction weight; every service gets at least one officer. */
function serviceChooser(careers: Tour[][], services: { code: string; jurisdiction: string }[], rng: Rng): string[] {
  if (services.length === 0) return careers.map(() => "");
  const rcmp = services.find((s) => s.code === RCMP_CODE) ?? services.find((s) => s.jurisdiction === "FEDERAL") ?? services[0];
  const others = services.filter((s) => s !== rcmp);
  const out = careers.map((c) =>
    others.length === 0 || rng.chance(rcmpShare(yearOf(c[0].start)))
      ? rcmp.code
      : rng.weighted(others, (s) => JURISDICTION_WEIGHT[s.jurisdiction] ?? 1).code,
  );
  const counts = new Map<string, number>();
  for (const c of out) counts.set(c, (counts.get(c) ?? 0) + 1);
  const order = rng.shuffle(out.map((_, i) => i));
  let k = 0;
  for (const s of others) {
    if (counts.has(s.code)) continue;
    // move one officer over from a service that keeps at least two
    while (k < order.length) {
      const i = order[k++];
      const from = out[i];
      if (from === rcmp.code || (counts.get(from) ?? 0) < 3) continue;
      counts.set(from, counts.get(from)! - 1);
      out[i] = s.code;
      counts.set(s.code, 1);
      break;
    }
  }
  return out;
}
