import { indicatorId } from "./references";
import type { WriteSpec } from "./write-spec";

export const wpsTargetWrite: WriteSpec = {
  typeName: "WpsTarget",
  entity: "wps_target",
  table: "wps_target",
  fields: {
    indicatorCode: { column: "indicator_id", resolve: indicatorId, presence: "required" },
    year: { column: "year", presence: "required" },
    value: { column: "value", presence: "required" },
    sourceNote: { column: "source_note" },
  },
  uniqueKeys: { wps_target_indicator_year_key: { blame: "year", fields: ["indicatorCode", "year"] } },
  referencedBy: [],
};
