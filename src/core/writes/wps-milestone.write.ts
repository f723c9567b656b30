import { countryIso3, missionId } from "./references";
import type { WriteSpec } from "./write-spec";

export const wpsMilestoneWrite: WriteSpec = {
  typeName: "WpsMilestone",
  entity: "wps_milestone",
  table: "wps_milestone",
  fields: {
    date: { column: "date", presence: "required" },
    countryIso3: { column: "country_iso3", resolve: countryIso3 },
    missionCode: { column: "mission_id", resolve: missionId },
    title: { column: "title", presence: "required" },
    description: { column: "description", presence: "required" },
    category: { column: "category", presence: "required" },
    source: { column: "source", presence: "defaulted" },
  },
  uniqueKeys: {},
  referencedBy: [],
};
