import type { EntityManager } from "typeorm";
import { SYNTHETIC_SOURCE } from "../../domain/enums";
import type { SyntheticRegister } from "./synthetic";
import { insertRows } from "./bulk-insert";

async function idMap(em: EntityManager, sql: string): Promise<Map<string, number>> {
  return new Map((await em.query(sql)).map((r: { k: string; id: number }) => [r.k, r.id]));
}

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Synthetic register refers to unknown ${what} ${key}`);
  return id;
}

/** Writes a generated register; every row is marked `synthetic demo`. */
export async function loadRegister(em: EntityManager, reg: SyntheticRegister): Promise<Record<string, number>> {
  const missions = await idMap(em, `SELECT code AS k, id FROM mission`);
  const services = await idMap(em, `SELECT code AS k, id FROM police_service`);
  const roles = await idMap(em, `SELECT code AS k, id FROM role`);
  const topics = await idMap(em, `SELECT code AS k, id FROM training_topic`);
  const orgs = await idMap(em, `SELECT code AS k, id FROM organization`);

  const teams = new Map<string, number>();
  for (const row of await insertRows(em, "specialized_team",
    ["mission_id", "name", "focus", "led_by_canada", "start_date", "end_date", "source"],
    reg.teams.map((t) => [lookup(missions, t.missionCode, "mission"), t.name, t.focus, t.ledByCanada, t.startDate, t.endDate, SYNTHETIC_SOURCE]),
    "id, mission_id, name")) {
    teams.set(`${row.mission_id}\u0000${row.name}`, row.id);
  }

  const officers = new Map<string, number>();
  for (const row of await insertRows(em, "officer",
    ["personnel_number", "given_name", "family_name", "gender", "rank", "police_service_id", "source"],
    reg.officers.map((o) => [o.personnelNumber, o.givenName, o.familyName, o.gender, o.rank, lookup(services, o.policeServiceCode, "police service"), SYNTHETIC_SOURCE]),
    "id, personnel_number")) {
    officers.set(row.personnel_number, row.id);
  }

  await insertRows(em, "deployment",
    ["officer_id", "mission_id", "role_id", "team_id", "start_date", "end_date", "senior", "source"],
    reg.deployments.map((d) => {
      const missionId = lookup(missions, d.missionCode, "mission");
      const teamId = d.teamName === null ? null : lookup(teams, `${missionId}\u0000${d.teamName}`, "team");
      return [lookup(officers, d.personnelNumber, "officer"), missionId, lookup(roles, d.roleCode, "role"), teamId, d.startDate, d.endDate, d.senior, SYNTHETIC_SOURCE];
    }));

  await insertRows(em, "training_delivery",
    ["mission_id", "country_iso3", "topic_id", "title", "start_date", "end_date", "participants", "female_participants", "instructors_certified", "female_only", "source"],
    reg.trainings.map((t) => [t.missionCode ? lookup(missions, t.missionCode, "mission") : null, t.countryIso3, lookup(topics, t.topicCode, "topic"), t.title,
      t.startDate, t.endDate, t.participants, t.femaleParticipants, t.instructorsCertified, t.femaleOnly, SYNTHETIC_SOURCE]));

  await insertRows(em, "deployment_request",
    ["mission_id", "requested_by_organization_id", "requested_by_country_iso3", "received_on", "positions_requested", "decision", "decided_on", "source"],
    reg.requests.map((r) => [lookup(missions, r.missionCode, "mission"), r.requestedByOrganization ? lookup(orgs, r.requestedByOrganization, "organization") : null,
      r.requestedByCountry, r.receivedOn, r.positionsRequested, r.decision, r.decidedOn, SYNTHETIC_SOURCE]));

  return { officers: reg.officers.length, deployments: reg.deployments.length, specializedTeams: reg.teams.length,
    trainingDeliveries: reg.trainings.length, deploymentRequests: reg.requests.length };
}
