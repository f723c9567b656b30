import { missionId, officerId, roleId, teamOfMission } from "./references";
import type { WriteSpec } from "./write-spec";

export const deploymentWrite: WriteSpec = {
  typeName: "Deployment",
  entity: "deployment",
  table: "deployment",
  fields: {
    personnelNumber: { column: "officer_id", resolve: officerId, presence: "required" },
    missionCode: { column: "mission_id", resolve: missionId, presence: "required" },
    roleCode: { column: "role_id", resolve: roleId, presence: "required" },
    // A team is named within the deployment's mission: looked up once the mission is known.
    teamName: { column: "team_id", resolve: teamOfMission, dependsOn: ["missionCode"] },
    startDate: { column: "start_date", presence: "required" },
    endDate: { column: "end_date" },
    senior: { column: "senior", presence: "defaulted" },
    source: { column: "source", presence: "defaulted" },
  },
  // A team kept while the mission changes must be one of the new mission's.
  async check(em, row, input, problems) {
    if (input.teamName !== undefined || row.team_id == null || problems.has("missionCode")) return;
    const [team] = (await em.query(`SELECT mission_id FROM specialized_team WHERE id = $1`, [row.team_id])) as { mission_id: number }[];
    if (team && team.mission_id !== row.mission_id) {
      problems.add("teamName", "teamName: the team belongs to another mission; give the new mission's team or null");
    }
  },
  uniqueKeys: { deployment_officer_mission_start_key: { blame: "startDate", fields: ["personnelNumber", "missionCode", "startDate"] } },
  referencedBy: [],
};
