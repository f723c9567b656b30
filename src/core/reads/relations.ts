import { countrySource } from "../repositories/country.repository";
import { deploymentSource } from "../repositories/deployment.repository";
import { missionSource } from "../repositories/mission.repository";
import { officerSource } from "../repositories/officer.repository";
import { organizationSource } from "../repositories/organization.repository";
import { policeServiceSource } from "../repositories/police-service.repository";
import { roleSource } from "../repositories/role.repository";
import { specializedTeamSource } from "../repositories/specialized-team.repository";
import { trainingTopicSource } from "../repositories/training.repository";
import type { NodeSource } from "../model/node-source";

/**
 * A relation a read can load with its rows in the same statement.
 * - `one`: the row's column `via` holds the key of at most one row of `target`.
 * - `many`: the rows of `target` that `from ... WHERE match = <row>.via` finds, in `orderBy`
 *   (column names of the target's rows, so the order is the same as its own loader's). With
 *   top-level rows, `from` is read whole once per statement and grouped by `match`
 *   (reads/includes.ts): declare `many` relations only over small reference tables; a large one
 *   (deployments) is a connection with pages of its own.
 */
export type Relation =
  | { kind: "one"; target: string; via: string }
  | { kind: "many"; target: string; via: string; from: string; match: string; orderBy: string };

/** The types whose rows a read can bring as JSON (relations' targets, nested pages), by type name. */
export const SOURCES: Record<string, NodeSource> = {
  Country: countrySource,
  Deployment: deploymentSource,
  Mission: missionSource,
  Officer: officerSource,
  Organization: organizationSource,
  PoliceService: policeServiceSource,
  Role: roleSource,
  SpecializedTeam: specializedTeamSource,
  TrainingTopic: trainingTopicSource,
};

/**
 * Every relation declared once, by the type that holds it and the field that reads it. A field
 * without an entry here is read by its own resolver (with a loader), as before.
 */
export const RELATIONS: Record<string, Record<string, Relation>> = {
  Mission: {
    leadOrganization: { kind: "one", target: "Organization", via: "leadOrganizationId" },
    hostCountries: {
      kind: "many",
      target: "Country",
      via: "pk",
      from: "mission_host_country h JOIN country k ON k.iso3 = h.country_iso3",
      match: "h.mission_id",
      orderBy: `"iso3" COLLATE "C"`,
    },
    specializedTeams: {
      kind: "many",
      target: "SpecializedTeam",
      via: "pk",
      from: "specialized_team t",
      match: "t.mission_id",
      orderBy: `"name" COLLATE "C", "pk"`,
    },
  },
  Deployment: {
    officer: { kind: "one", target: "Officer", via: "officerId" },
    mission: { kind: "one", target: "Mission", via: "missionId" },
    role: { kind: "one", target: "Role", via: "roleId" },
    team: { kind: "one", target: "SpecializedTeam", via: "teamId" },
  },
  Officer: {
    policeService: { kind: "one", target: "PoliceService", via: "policeServiceId" },
  },
  SpecializedTeam: {
    mission: { kind: "one", target: "Mission", via: "missionId" },
  },
  TrainingDelivery: {
    topic: { kind: "one", target: "TrainingTopic", via: "topicId" },
    country: { kind: "one", target: "Country", via: "countryIso3" },
    mission: { kind: "one", target: "Mission", via: "missionId" },
  },
  Country: {
    missions: {
      kind: "many",
      target: "Mission",
      via: "iso3",
      from: "mission_host_country h JOIN mission m ON m.id = h.mission_id",
      match: "h.country_iso3",
      orderBy: `"startDate", "code" COLLATE "C"`,
    },
  },
};

export function relationOf(type: string, field: string): Relation | undefined {
  return RELATIONS[type]?.[field];
}
