import { missionId } from "./references";
import type { WriteSpec } from "./write-spec";

export const specializedTeamWrite: WriteSpec = {
  typeName: "SpecializedTeam",
  entity: "specialized_team",
  table: "specialized_team",
  fields: {
    missionCode: { column: "mission_id", resolve: missionId, presence: "required" },
    name: { column: "name", presence: "required" },
    focus: { column: "focus", presence: "required" },
    ledByCanada: { column: "led_by_canada", presence: "defaulted" },
    startDate: { column: "start_date" },
    endDate: { column: "end_date" },
    source: { column: "source", presence: "defaulted" },
  },
  uniqueKeys: { specialized_team_mission_name_key: { blame: "name", fields: ["missionCode", "name"] } },
  referencedBy: [{ table: "deployment", column: "team_id", label: "deployment(s)" }],
};
