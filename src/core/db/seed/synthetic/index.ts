// Synthetic demo register of Canadian police deployed abroad, calibrated to published aggregates
// (RCMP: almost 4,000 officers since 1989 in over 33 countries; the UN's monthly counts of
// Canada's individual police; CPMU's 330+ officers trained on domestic violence). A pure function
// of its input: same input and seed, byte-identical register.

import { OFFICERS_MAX, OFFICERS_MIN, TOURS_PER_OFFICER } from "./calibration";
import { canonicalJson, cmp, sha256Hex } from "./canonical";
import { formatDay } from "./dates";
import { expertPlans } from "./experts";
import { assignClasses, chainCareers, makeOfficers } from "./officers";
import { canadianPlan, unTargets, type MissionPlan, type UnTargets } from "./plan";
import { hash32, Rng } from "./prng";
import { makeRequests } from "./requests";
import { roleChooser, type RoleChoice } from "./roles";
import { makeTeams, teamFor, type Team } from "./teams";
import { buildTours, type Tour } from "./tours";
import { makeTrainings } from "./trainings";
import type { GeneratorInput, MissionRef, SyntheticDeployment, SyntheticRegister } from "./types";

export type * from "./types";

function canadianPlans(missions: MissionRef[], un: UnTargets, scale: number): MissionPlan[] {
  return missions.map((m) => canadianPlan(m, un, scale)).filter((p): p is MissionPlan => p !== null);
}

function toursOf(plans: MissionPlan[], rng: Rng): Tour[] {
  return plans.flatMap((p) => buildTours(p, rng.fork(`tours:${p.code}:${p.expert}`)));
}

export function generateRegister(input: GeneratorInput): SyntheticRegister {
  const root = new Rng(hash32(`peaceops-synthetic:${input.seed}`));
  const missions = [...input.missions].sort((a, b) => cmp(a.code, b.code));
  const byCode = new Map(missions.map((m) => [m.code, m]));
  const un = unTargets(input.unCanada, missions);
  const officerTarget = root.fork("size").int(OFFICERS_MIN, OFFICERS_MAX);

  // Experts depend only on where the contingents went, not on their size.
  const first = canadianPlans(missions, un, 1);
  const covered = new Set(
    first.filter((p) => p.checkpoints.some((c) => (c.soft ?? 0) > 0 || (c.hard && c.hard.female + c.hard.other > 0)))
      .flatMap((p) => byCode.get(p.code)!.hostCountries),
  );
  const experts = expertPlans(missions, covered, new Set(first.map((p) => p.code)), un, root.fork("experts"));

  // Scale the unconstrained staffing levels so the tours add up to the officers wanted.
  const trial = toursOf([...first, ...experts], root);
  const fixed = trial.filter((t) => t.hard || t.expert).length;
  const free = trial.length - fixed;
  const wanted = Math.round(officerTarget * TOURS_PER_OFFICER);
  const scale = free > 0 ? Math.min(5, Math.max(0.2, (wanted - fixed) / free)) : 1;
  const plans = [...canadianPlans(missions, un, scale), ...experts];
  const planOf = new Map(plans.map((p) => [p.code, p]));
  const tours = toursOf(plans, root);

  assignClasses(tours, root.fork("gender"));
  const careers = chainCareers(tours, officerTarget, root.fork("careers"));

  const roleOf = new Map<Tour, RoleChoice>();
  const chooseRole = roleChooser(input.roles);
  const roleRng = root.fork("roles");
  for (const c of careers) for (const t of c) roleOf.set(t, chooseRole(t, roleRng));

  const tourCount = new Map<string, number>();
  for (const t of tours) tourCount.set(t.mission, (tourCount.get(t.mission) ?? 0) + 1);
  const teams = makeTeams(planOf, tourCount);
  const teamOf = new Map<Tour, Team | null>();
  const teamRng = root.fork("teams");
  for (const c of careers) for (const t of c) teamOf.set(t, teamFor(t, teams, teamRng));

  const people = makeOfficers(careers, input.policeServices, (t) => roleOf.get(t)!.senior, root.fork("officers"));
  const deployments: SyntheticDeployment[] = people.flatMap(({ tours: mine, officer }) =>
    mine.map((t) => ({
      personnelNumber: officer.personnelNumber,
      missionCode: t.mission,
      roleCode: roleOf.get(t)!.roleCode,
      teamName: teamOf.get(t)?.name ?? null,
      startDate: formatDay(t.start),
      endDate: t.end === null ? null : formatDay(t.end),
      senior: roleOf.get(t)!.senior,
    })),
  );
  deployments.sort(
    (a, b) =>
      cmp(a.personnelNumber, b.personnelNumber) || cmp(a.startDate, b.startDate) || cmp(a.missionCode, b.missionCode),
  );

  const trainings = makeTrainings({ missions, plans: planOf, tours, topics: input.topics, asOf: un.asOf, rng: root.fork("trainings") });
  const requests = makeRequests(missions, planOf, tours, un.asOf, root.fork("requests"));

  return {
    officers: people.map((p) => p.officer).sort((a, b) => cmp(a.personnelNumber, b.personnelNumber)),
    teams: teams.map(({ start: _s, end: _e, ...team }) => team),
    deployments,
    trainings,
    requests,
  };
}

/** sha256 (hex) of the register's canonical JSON: equal fingerprints, identical registers. */
export function fingerprint(register: SyntheticRegister): string {
  return sha256Hex(canonicalJson(register));
}
