import { missionId } from "./references";
import type { WriteSpec } from "./write-spec";

export const specializedTeamWrite: WriteSpec = {
  typeName: "SpecializedTeam",
  entity: "specialized_team",
  table: "specialized_team",
  fields: {
    missionCode: { column: "mission_id", resolve: missionId },
    name: { column: "name" },
    focus: { column: "focus" },
    ledByCanada: { column: "led_by_canada" },
    startDate: { column: "start_date" },
    endDate: { column: "end_date" },
    source: { column: "source" },
  },
  constraintFields: { specialized_team_mission_name_key: "name", specialized_team_dates_check: "endDate" },
  referencedBy: [{ table: "deployment", column: "team_id", label: "deployment(s)" }],
};
