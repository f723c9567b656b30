// Training deliveries: the Canadian Police Mission in Ukraine's domestic-violence courses ("over
// 330 police officers trained"), female-only courses in Iraq whose graduates became instructors,
// and a few dozen other courses given by deployed officers.

import { dayOf, formatDay, yearOf } from "./dates";
import { apportion, type MissionPlan } from "./plan";
import type { Rng } from "./prng";
import type { Tour } from "./tours";
import type { MissionRef, SyntheticTraining } from "./types";

const DV_THEME = "DOMESTIC_VIOLENCE";
/** Ukrainian officers trained on domestic violence: just over 330 (RCMP). */
const DV_PARTICIPANTS_MIN = 333;
const DV_PARTICIPANTS_MAX = 341;
const OTHER_COURSES_MIN = 24;
const OTHER_COURSES_MAX = 32;

interface Ctx {
  missions: MissionRef[];
  plans: Map<string, MissionPlan>;
  tours: Tour[];
  topics: { code: string; theme: string }[];
  asOf: number;
  rng: Rng;
}

function humanize(code: string): string {
  const s = code.toLowerCase().replace(/_/g, " ").replace(/\bsgbv\b/, "SGBV");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function course(
  topicCode: string, country: string, mission: string | null, start: number, days: number,
  participants: number, female: number, certified: number, femaleOnly: boolean,
): SyntheticTraining {
  return {
    title: "", // numbered once all courses are known
    topicCode, countryIso3: country, missionCode: mission,
    startDate: formatDay(start), endDate: formatDay(start + days - 1),
    participants, femaleParticipants: female, instructorsCertified: certified, femaleOnly,
  };
}

function domesticViolence(ctx: Ctx): SyntheticTraining[] {
  const { rng } = ctx;
  const topics = ctx.topics.filter((t) => t.theme === DV_THEME).map((t) => t.code).sort();
  if (topics.length === 0) return [];
  const mission =
    ctx.missions.find((m) => m.code === "CPM-UKRAINE") ??
    ctx.missions.find((m) => m.hostCountries.includes("UKR") && m.leadOrganization === "BILATERAL");
  const plan = mission ? ctx.plans.get(mission.code) : undefined;
  let from = dayOf(2016, 6, 1);
  let to = dayOf(2021, 11, 30);
  if (plan) {
    from = Math.max(from, plan.start);
    to = Math.min(to, plan.end - 14);
  }
  const count = rng.int(12, 15);
  const total = rng.int(DV_PARTICIPANTS_MIN, DV_PARTICIPANTS_MAX);
  const sizes = apportion(total, Array.from({ length: count }, () => rng.int(18, 32)), Array(count).fill(40));
  const starts = Array.from({ length: count }, () => rng.int(from, to)).sort((a, b) => a - b);
  return starts.map((start, i) => {
    const female = Math.round(sizes[i] * (0.3 + rng.float() * 0.35));
    return course(topics[i % topics.length], "UKR", plan ? mission!.code : null, start, rng.int(3, 10), sizes[i], female, 0, false);
  });
}

function iraq(ctx: Ctx): SyntheticTraining[] {
  const { rng } = ctx;
  const inIraq = ctx.missions.filter((m) => m.hostCountries.includes("IRQ") && ctx.plans.has(m.code));
  const mission = inIraq.find((m) => m.leadOrganization !== "UN") ?? inIraq[0];
  if (!mission) return [];
  const plan = ctx.plans.get(mission.code)!;
  const preferred = ["TACTICAL_DEFENSIVE_TECHNIQUES", "INSTRUCTOR_DEVELOPMENT"];
  let topics = ctx.topics.filter((t) => preferred.includes(t.code)).map((t) => t.code).sort();
  if (topics.length === 0) topics = ctx.topics.filter((t) => t.theme !== DV_THEME).map((t) => t.code).sort();
  if (topics.length === 0) return [];
  const from = Math.max(plan.start + 60, dayOf(2017, 1, 1));
  const to = Math.max(from, Math.min(plan.end, ctx.asOf) - 30);
  const count = rng.int(4, 6);
  const starts = Array.from({ length: count }, () => rng.int(from, to)).sort((a, b) => a - b);
  return starts.map((start, i) => {
    const topic = topics[i % topics.length];
    const n = rng.int(12, 24);
    // graduates of the female-only courses went on to teach them
    const certified = topic === "INSTRUCTOR_DEVELOPMENT" ? Math.round(n * (0.5 + rng.float() * 0.4)) : rng.int(2, 5);
    return course(topic, "IRQ", mission.code, start, rng.int(5, 15), n, n, certified, true);
  });
}

/** Courses during tours started from 2000 on, spread over topics round-robin. */
function others(ctx: Ctx): SyntheticTraining[] {
  const { rng } = ctx;
  const topics = rng.shuffle(ctx.topics.filter((t) => t.theme !== DV_THEME).map((t) => t));
  const hosts = new Map(ctx.missions.map((m) => [m.code, m.hostCountries]));
  const pool = ctx.tours.filter((t) => yearOf(t.start) >= 2000 && (hosts.get(t.mission)?.length ?? 0) > 0);
  if (topics.length === 0 || pool.length === 0) return [];
  const count = rng.int(OTHER_COURSES_MIN, OTHER_COURSES_MAX);
  const out: SyntheticTraining[] = [];
  // tours of small missions are drawn more often than their share, so courses reach many countries
  const missionTours = new Map<string, number>();
  for (const t of pool) missionTours.set(t.mission, (missionTours.get(t.mission) ?? 0) + 1);
  for (let i = 0; i < count; i++) {
    const tour = rng.weighted(pool, (t) => 1 / Math.sqrt(missionTours.get(t.mission)!));
    const topic = topics[i % topics.length];
    const tourEnd = tour.end ?? ctx.asOf;
    const days = rng.int(2, 10);
    const start = rng.int(tour.start, Math.max(tour.start, tourEnd - days));
    const country = rng.pick(hosts.get(tour.mission)!);
    const n = rng.int(10, 40);
    const femaleShare = topic.theme === "SGBV" ? 0.35 + rng.float() * 0.3 : 0.08 + rng.float() * 0.25;
    const certified = topic.theme === "TRAIN_THE_TRAINER" ? Math.round(n * (0.4 + rng.float() * 0.4)) : 0;
    const plan = ctx.plans.get(tour.mission)!;
    const len = Math.max(1, Math.min(days, plan.end - start + 1));
    out.push(course(topic.code, country, tour.mission, start, len, n, Math.round(n * femaleShare), certified, false));
  }
  return out;
}

export function makeTrainings(ctx: Ctx): SyntheticTraining[] {
  const all = [
    ...domesticViolence({ ...ctx, rng: ctx.rng.fork("dv") }),
    ...iraq({ ...ctx, rng: ctx.rng.fork("iraq") }),
    ...others({ ...ctx, rng: ctx.rng.fork("others") }),
  ];
  all.sort(
    (a, b) =>
      cmp(a.startDate, b.startDate) || cmp(a.countryIso3, b.countryIso3) || cmp(a.topicCode, b.topicCode) ||
      a.participants - b.participants || cmp(a.endDate, b.endDate),
  );
  const seen = new Map<string, number>();
  for (const t of all) {
    const key = `${t.topicCode} ${t.countryIso3} ${t.startDate.slice(0, 4)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    t.title = `${humanize(t.topicCode)} course, ${t.countryIso3} ${t.startDate.slice(0, 4)} no. ${n}`;
  }
  return all;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
