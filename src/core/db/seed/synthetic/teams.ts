// Specialized teams (RCMP: community policing, management development, serious and organized
// crime; the SGBV team Canada led in Haiti) and which tours served in them.

import { dayOf, formatDay, parseDay } from "./dates";
import type { MissionPlan } from "./plan";
import type { Rng } from "./prng";
import type { Tour } from "./tours";
import type { SyntheticTeam, TeamFocus } from "./types";

interface TeamDef {
  mission: string;
  name: string;
  focus: TeamFocus;
  ledByCanada: boolean;
  from: string;
  to: string | null;
}

const TEAMS: TeamDef[] = [
  { mission: "MINUSTAH", name: "SGBV Team", focus: "SGBV", ledByCanada: true, from: "2012-01-01", to: null },
  { mission: "MINUJUSTH", name: "SGBV Team", focus: "SGBV", ledByCanada: true, from: "2017-10-16", to: null },
  { mission: "MINUSTAH", name: "Community Policing Unit", focus: "COMMUNITY_POLICING", ledByCanada: false, from: "2008-01-01", to: null },
  { mission: "MINUSTAH", name: "Anti-Kidnapping Unit", focus: "SERIOUS_ORGANIZED_CRIME", ledByCanada: false, from: "2006-01-01", to: "2012-12-31" },
  { mission: "UNMIK", name: "Organized Crime Bureau Support", focus: "SERIOUS_ORGANIZED_CRIME", ledByCanada: false, from: "2000-01-01", to: "2004-12-31" },
  { mission: "CPM-UKRAINE", name: "Police Management Development Team", focus: "MANAGEMENT_DEVELOPMENT", ledByCanada: true, from: "2016-06-01", to: null },
  { mission: "CPM-UKRAINE", name: "Community Policing Advisory Team", focus: "COMMUNITY_POLICING", ledByCanada: true, from: "2016-06-01", to: null },
  { mission: "NTM-A", name: "Police Management Development Team", focus: "MANAGEMENT_DEVELOPMENT", ledByCanada: false, from: "2010-01-01", to: null },
  { mission: "EUPOL COPPS", name: "Police Management Advisory Team", focus: "MANAGEMENT_DEVELOPMENT", ledByCanada: false, from: "2008-01-01", to: null },
  { mission: "MINUSMA", name: "Serious and Organized Crime Support Unit", focus: "SERIOUS_ORGANIZED_CRIME", ledByCanada: false, from: "2019-01-01", to: null },
  { mission: "MONUSCO", name: "SGBV Investigation Support Team", focus: "SGBV", ledByCanada: false, from: "2020-01-01", to: null },
];

const FOCI: TeamFocus[] = ["COMMUNITY_POLICING", "MANAGEMENT_DEVELOPMENT", "SERIOUS_ORGANIZED_CRIME", "SGBV"];
const FALLBACK_NAME: Record<TeamFocus, string> = {
  COMMUNITY_POLICING: "Community Policing Team",
  MANAGEMENT_DEVELOPMENT: "Management Development Team",
  SERIOUS_ORGANIZED_CRIME: "Serious and Organized Crime Team",
  SGBV: "SGBV Team",
  OTHER: "Specialized Team",
};

export interface Team extends SyntheticTeam {
  start: number;
  end: number | null;
}

/** Teams of the table clipped to Canada's period in the mission; a missing focus goes to the largest mission. */
export function makeTeams(plans: Map<string, MissionPlan>, tourCount: Map<string, number>): Team[] {
  const teams: Team[] = [];
  const add = (def: TeamDef, plan: MissionPlan) => {
    const start = Math.max(parseDay(def.from), plan.start);
    let end: number | null = def.to === null ? plan.end : Math.min(parseDay(def.to), plan.end);
    if (start > end) return;
    if (def.to === null && plan.open) end = null;
    teams.push({
      missionCode: plan.code, name: def.name, focus: def.focus, ledByCanada: def.ledByCanada,
      startDate: formatDay(start), endDate: end === null ? null : formatDay(end), start, end,
    });
  };
  for (const def of TEAMS) {
    const plan = plans.get(def.mission);
    if (plan && (tourCount.get(def.mission) ?? 0) > 0) add(def, plan);
  }
  const largest = [...plans.values()]
    .filter((p) => !p.expert)
    .sort((a, b) => (tourCount.get(b.code) ?? 0) - (tourCount.get(a.code) ?? 0) || a.code.localeCompare(b.code))[0];
  for (const focus of FOCI) {
    if (!largest || teams.some((t) => t.focus === focus)) continue;
    const from = formatDay(Math.max(largest.start, dayOf(2000, 1, 1)));
    add({ mission: largest.code, name: FALLBACK_NAME[focus], focus, ledByCanada: focus === "SGBV", from, to: null }, largest);
  }
  return teams.sort((a, b) => (a.missionCode < b.missionCode ? -1 : a.missionCode > b.missionCode ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A team for a tour wholly inside a team's period, for about a quarter of the eligible tours. */
export function teamFor(t: Tour, teams: Team[], rng: Rng): Team | null {
  const fits = teams.filter(
    (team) =>
      team.missionCode === t.mission &&
      t.start >= team.start &&
      (team.end === null || (t.end !== null && t.end <= team.end)),
  );
  if (fits.length === 0) return null;
  const team = rng.pick(fits);
  const p = team.focus === "SGBV" ? (t.cls === "F" ? 0.45 : 0.12) : 0.22;
  return rng.chance(p) ? team : null;
}
