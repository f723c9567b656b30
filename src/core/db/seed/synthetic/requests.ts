// Deployment requests: the request that opened each mission to Canadian police (received and
// approved before its first deployment), later requests to renew or enlarge the contingent, a few
// still pending at the as-of date, and some declined requests from missions Canada did not join.

import { formatDay, parseDay } from "./dates";
import type { MissionPlan } from "./plan";
import type { Rng } from "./prng";
import type { Tour } from "./tours";
import type { Decision, MissionRef, SyntheticRequest } from "./types";

/** Leads whose requests come from the host state rather than an organization. */
const STATE_LEADS = new Set(["BILATERAL", "CAN", ""]);
const DECLINED_ELSEWHERE = 8;

function requester(m: MissionRef): Pick<SyntheticRequest, "requestedByOrganization" | "requestedByCountry"> {
  return STATE_LEADS.has(m.leadOrganization.toUpperCase())
    ? { requestedByOrganization: null, requestedByCountry: m.hostCountries[0] ?? null }
    : { requestedByOrganization: m.leadOrganization, requestedByCountry: null };
}

export function makeRequests(
  missions: MissionRef[], plans: Map<string, MissionPlan>, tours: Tour[], asOf: number, rng: Rng,
): SyntheticRequest[] {
  const out: SyntheticRequest[] = [];
  const byMission = new Map<string, Tour[]>();
  for (const t of tours) {
    const list = byMission.get(t.mission);
    if (list) list.push(t);
    else byMission.set(t.mission, [t]);
  }
  const req = (m: MissionRef, received: number, positions: number, decision: Decision, decided: number | null) =>
    out.push({
      missionCode: m.code, ...requester(m), receivedOn: formatDay(received), positionsRequested: Math.max(1, positions),
      decision, decidedOn: decided === null ? null : formatDay(decided),
    });

  for (const m of [...missions].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const mine = byMission.get(m.code);
    if (!mine) continue;
    const starts = mine.map((t) => t.start).sort((a, b) => a - b);
    const first = starts[0];
    const last = starts[starts.length - 1];
    const received = first - rng.int(60, 180);
    const initial = starts.filter((s) => s - first < 60).length;
    req(m, received, initial, "APPROVED", rng.int(received + 10, first - 20));
    // renewals and increases, about one every four years of presence, ahead of a rotation
    const rotations = starts.filter((s) => s - first > 365);
    const later = rotations.length ? Math.min(4, Math.floor((last - first) / 1460) + rng.int(0, 1)) : 0;
    for (let i = 0; i < later; i++) {
      const r = rng.pick(rotations) - rng.int(60, 150);
      const decided = r + rng.int(14, 45);
      const decision: Decision = rng.chance(0.8) ? "APPROVED" : "DECLINED";
      req(m, r, rng.int(1, plans.get(m.code)?.expert ? 2 : 12), decision, decided);
    }
    const plan = plans.get(m.code);
    if (plan?.open && rng.chance(0.6)) req(m, asOf - rng.int(5, 90), rng.int(1, 6), "PENDING", null);
  }
  if (!out.some((r) => r.decision === "PENDING")) {
    // the newest request of an open mission is still awaiting its decision
    const open = out.filter((r) => plans.get(r.missionCode)?.open).sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : -1));
    if (open[0]) {
      open[0].decision = "PENDING";
      open[0].decidedOn = null;
    }
  }

  const notJoined = missions
    .filter((m) => !byMission.has(m.code) && m.hostCountries.length > 0)
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const m of rng.sample(notJoined, DECLINED_ELSEWHERE)) {
    const from = Math.max(parseDay(m.startDate), parseDay("1989-01-01"));
    const to = Math.min(m.endDate === null ? asOf : parseDay(m.endDate), asOf - 90);
    if (from > to) continue;
    const r = rng.int(from, to);
    req(m, r, rng.int(2, 20), "DECLINED", r + rng.int(14, 60));
  }
  return out.sort(
    (a, b) =>
      (a.missionCode < b.missionCode ? -1 : a.missionCode > b.missionCode ? 1 : 0) ||
      (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0) ||
      a.positionsRequested - b.positionsRequested,
  );
}
