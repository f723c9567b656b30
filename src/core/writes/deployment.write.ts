import { UserInputError } from "../errors";
import { missionId, officerId, roleId } from "./references";
import type { WriteSpec } from "./write-spec";

export const deploymentWrite: WriteSpec = {
  typeName: "Deployment",
  entity: "deployment",
  table: "deployment",
  fields: {
    personnelNumber: { column: "officer_id", resolve: officerId },
    missionCode: { column: "mission_id", resolve: missionId },
    roleCode: { column: "role_id", resolve: roleId },
    startDate: { column: "start_date" },
    endDate: { column: "end_date" },
    senior: { column: "senior" },
    source: { column: "source" },
  },
  // A team is named within the deployment's mission, so it is resolved once the mission is known;
  // a team left from another mission (the mission changed) is refused.
  async afterWrite(em, id, input) {
    const name = input.teamName as string | null | undefined;
    if (name !== undefined) {
      const teams = name === null ? [{ id: null }] : ((await em.query(
        `SELECT t.id FROM specialized_team t JOIN deployment d ON d.mission_id = t.mission_id WHERE d.id = $1 AND t.name = $2`,
        [id, name],
      )) as { id: number | null }[]);
      if (teams.length === 0) throw new UserInputError(`teamName: the deployment's mission has no team ${JSON.stringify(name)}`, "teamName");
      await em.query(`UPDATE deployment SET team_id = $2 WHERE id = $1`, [id, teams[0]!.id]);
    }
    const [wrong] = (await em.query(
      `SELECT 1 FROM deployment d JOIN specialized_team t ON t.id = d.team_id WHERE d.id = $1 AND t.mission_id <> d.mission_id`,
      [id],
    )) as unknown[];
    if (wrong) throw new UserInputError("teamName: the team belongs to another mission; give the new mission's team or null", "teamName");
  },
  constraintFields: { deployment_officer_mission_start_key: "startDate", deployment_dates_check: "endDate" },
  referencedBy: [],
};
