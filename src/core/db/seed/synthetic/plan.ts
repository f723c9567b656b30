// Staffing plans: for each mission, the headcount Canadian police must have at each month end.
// "hard" targets come from the UN's reported counts (and zero where the UN reports the mission but
// no Canadian police), "soft" ones from the calibration levels.

import { DEFAULT_AS_OF, LEVELS, defaultLevel } from "./calibration";
import { dayOf, monthEndsBetween, monthStart, parseDay } from "./dates";
import type { MissionRef, UnCanadaCount } from "./types";

export interface Checkpoint {
  day: number;
  hard?: { female: number; other: number };
  soft?: number;
}

export interface MissionPlan {
  code: string;
  /** First and last day Canadian police may serve. */
  start: number;
  end: number;
  /** Tours still running at the as-of date keep an open end (mission open, no Canadian end year). */
  open: boolean;
  checkpoints: Checkpoint[];
  expert: boolean;
}

export interface Count {
  total: number;
  female: number;
}

/** Canada's UN counts by mission and month end, duplicates resolved, country totals spread. */
export interface UnTargets {
  asOf: number;
  /** First day of the UN data, or null without UN data. */
  windowStart: number | null;
  /** Month ends with any UN row for Canada. */
  months: Set<number>;
  byMission: Map<string, Map<number, Count>>;
}

export function isUnLed(m: MissionRef): boolean {
  return m.leadOrganization.toUpperCase().split(/[^A-Z]+/).includes("UN");
}

/** Period in which Canadian police may serve in m, ignoring the UN data; null if none. */
export function canadianPeriod(m: MissionRef, asOf: number): { start: number; end: number; open: boolean } | null {
  if (m.canadianPoliceFrom === null && m.canadianPoliceTo === null) return null;
  // an unknown first year (only the last is known) means from the mission's start
  const start = Math.max(parseDay(m.startDate), dayOf(m.canadianPoliceFrom ?? 1989, 1, 1));
  let end = asOf;
  if (m.endDate !== null) end = Math.min(end, parseDay(m.endDate));
  if (m.canadianPoliceTo !== null) end = Math.min(end, dayOf(m.canadianPoliceTo, 12, 31));
  const open = end === asOf && m.endDate === null;
  return start <= end ? { start, end, open } : null;
}

export function unTargets(rows: UnCanadaCount[], missions: MissionRef[]): UnTargets {
  // the register runs to the UN data's last month, and at least to the default as-of date
  const asOf = rows.reduce((max, r) => Math.max(max, parseDay(r.asOfDate)), parseDay(DEFAULT_AS_OF));
  const byMission = new Map<string, Map<number, Count>>();
  const blank = new Map<number, Count>();
  const months = new Set<number>();
  for (const r of rows) {
    const day = parseDay(r.asOfDate);
    months.add(day);
    const into = r.mission === "" ? blank : byMission.get(r.mission) ?? new Map<number, Count>();
    if (r.mission !== "") byMission.set(r.mission, into);
    // The 2015-05 report repeats rows as all-zero copies: the larger figure is the real one.
    const prev = into.get(day);
    if (!prev || r.total > prev.total) into.set(day, { total: r.total, female: r.female });
  }
  const windowStart = rows.length ? monthStart([...months].reduce((a, b) => Math.min(a, b))) : null;
  spreadCountryTotals(blank, byMission, missions, asOf);
  return { asOf, windowStart, months, byMission };
}

/**
 * Months where the UN printed Canada's total only: share it among the UN missions Canada is
 * reported in, in proportion to their counts interpolated between the neighbouring mission-level
 * months (only missions open to Canadian police on that date).
 */
function spreadCountryTotals(
  blank: Map<number, Count>,
  byMission: Map<string, Map<number, Count>>,
  missions: MissionRef[],
  asOf: number,
): void {
  const missionMonths = [...new Set([...byMission.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const blankDays = [...blank.keys()].sort((a, b) => a - b);
  for (const day of blankDays) {
    const count = blank.get(day)!;
    const cands = missions.filter((m) => {
      if (!byMission.has(m.code) || byMission.get(m.code)!.has(day)) return false;
      const p = canadianPeriod(m, asOf);
      return p !== null && p.start <= day && day <= p.end;
    });
    if (cands.length === 0) continue;
    const taken = [...byMission.values()].reduce((s, m) => s + (m.get(day)?.total ?? 0), 0);
    const takenF = [...byMission.values()].reduce((s, m) => s + (m.get(day)?.female ?? 0), 0);
    const total = Math.max(0, count.total - taken);
    const female = Math.min(total, Math.max(0, count.female - takenF));
    const before = [...missionMonths].reverse().find((d) => d < day);
    const after = missionMonths.find((d) => d > day);
    const est = cands.map((m) => {
      const rows = byMission.get(m.code)!;
      const b = before === undefined ? undefined : rows.get(before) ?? { total: 0, female: 0 };
      const a = after === undefined ? undefined : rows.get(after) ?? { total: 0, female: 0 };
      const lo = b ?? a!;
      const hi = a ?? b!;
      const f = before !== undefined && after !== undefined ? (day - before) / (after - before) : 0;
      const ratio = (c: Count) => (c.total > 0 ? c.female / c.total : NaN);
      const rs = [ratio(lo), ratio(hi)].filter((x) => !Number.isNaN(x));
      return {
        weight: lo.total + (hi.total - lo.total) * f,
        femaleRatio: rs.length ? rs.reduce((s, x) => s + x, 0) / rs.length : 0.3,
      };
    });
    const totals = apportion(total, est.map((e) => e.weight), est.map(() => Infinity));
    const females = apportion(female, est.map((e, i) => e.femaleRatio * totals[i] + 1e-6 * totals[i]), totals);
    cands.forEach((m, i) => byMission.get(m.code)!.set(day, { total: totals[i], female: females[i] }));
  }
}

/** Largest-remainder split of n in proportion to weights, each share at most its cap. */
export function apportion(n: number, weights: number[], caps: number[]): number[] {
  const out = weights.map(() => 0);
  let left = Math.min(n, caps.reduce((s, c) => s + c, 0));
  while (left > 0) {
    const open = weights.map((_, i) => i).filter((i) => out[i] < caps[i]);
    if (open.length === 0) break;
    const wsum = open.reduce((s, i) => s + Math.max(0, weights[i]), 0);
    const quota = open.map((i) => (wsum > 0 ? (Math.max(0, weights[i]) / wsum) * left : left / open.length));
    let given = 0;
    open.forEach((i, k) => {
      const g = Math.min(Math.floor(quota[k]), caps[i] - out[i]);
      out[i] += g;
      given += g;
    });
    if (given === 0) {
      // hand out the remainder one by one, largest fraction first
      const order = open
        .map((i, k) => ({ i, frac: quota[k] - Math.floor(quota[k]) }))
        .sort((a, b) => b.frac - a.frac || a.i - b.i);
      for (const { i } of order) {
        if (given >= left) break;
        if (out[i] < caps[i]) {
          out[i]++;
          given++;
        }
      }
    }
    left -= given;
  }
  return out;
}

function levelFor(m: MissionRef, year: number): number {
  const segs = LEVELS[m.code];
  if (!segs) return defaultLevel(isUnLed(m));
  return segs.find((s) => s.from <= year && year <= s.to)?.level ?? 0;
}

/**
 * Plan for a mission with Canadian police years. A UN-led mission the UN data never reports Canada
 * in had no Canadian police in the data's months, so its Canadian period is cut at the data's start
 * (unless it begins inside the data, as a UN-backed court the reports do not cover).
 */
export function canadianPlan(m: MissionRef, un: UnTargets, scale: number): MissionPlan | null {
  const p = canadianPeriod(m, un.asOf);
  if (!p) return null;
  const rows = un.byMission.get(m.code);
  const ws = un.windowStart;
  let { end, open } = p;
  if (isUnLed(m) && !rows && ws !== null && p.start < ws && end >= ws) {
    end = ws - 1;
    open = false;
  }
  if (p.start > end) return null;
  const checkpoints: Checkpoint[] = [];
  for (const day of monthEndsBetween(p.start, end)) {
    if (rows && ws !== null && day >= ws) {
      if (!un.months.has(day)) continue; // a month missing from the UN data: unconstrained
      const c = rows.get(day) ?? { total: 0, female: 0 };
      checkpoints.push({ day, hard: { female: c.female, other: c.total - c.female } });
    } else {
      const year = new Date(day * 86_400_000).getUTCFullYear();
      checkpoints.push({ day, soft: levelFor(m, year) * scale });
    }
  }
  taperIntoHard(checkpoints);
  for (const c of checkpoints) if (c.soft !== undefined) c.soft = Math.round(c.soft);
  return { code: m.code, start: p.start, end, open, checkpoints, expert: false };
}

/** The six months before the first UN-reported month move linearly to the reported count. */
function taperIntoHard(cps: Checkpoint[]): void {
  const first = cps.findIndex((c) => c.hard);
  if (first <= 0) return;
  const target = cps[first].hard!.female + cps[first].hard!.other;
  const from = Math.max(0, first - 6);
  const base = cps[from].soft ?? target;
  if (base === 0) return; // no soft staffing before the UN months: nothing to taper
  for (let i = from; i < first; i++) {
    const f = (i - from + 1) / (first - from + 1);
    cps[i].soft = base + (target - base) * f;
  }
}

/** A short presence of one or two experts in a mission Canada had no police contingent in. */
export function expertPlan(code: string, start: number, end: number, level: number): MissionPlan {
  const checkpoints = monthEndsBetween(start, end).map((day) => ({ day, soft: level }));
  return { code, start, end, open: false, checkpoints, expert: true };
}
