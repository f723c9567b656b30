import { indicatorId } from "./references";
import type { WriteSpec } from "./write-spec";

export const wpsTargetWrite: WriteSpec = {
  typeName: "WpsTarget",
  entity: "wps_target",
  table: "wps_target",
  fields: {
    indicatorCode: { column: "indicator_id", resolve: indicatorId },
    year: { column: "year" },
    value: { column: "value" },
    sourceNote: { column: "source_note" },
  },
  constraintFields: { wps_target_indicator_year_key: "year", wps_target_value_check: "value" },
  referencedBy: [],
};
