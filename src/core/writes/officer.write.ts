import { policeServiceId } from "./references";
import type { WriteSpec } from "./write-spec";

export const officerWrite: WriteSpec = {
  typeName: "Officer",
  entity: "officer",
  table: "officer",
  fields: {
    personnelNumber: { column: "personnel_number", presence: "required" },
    givenName: { column: "given_name" },
    familyName: { column: "family_name" },
    gender: { column: "gender", presence: "required" },
    rank: { column: "rank" },
    policeServiceCode: { column: "police_service_id", resolve: policeServiceId, presence: "required" },
    source: { column: "source", presence: "defaulted" },
  },
  uniqueKeys: { UQ_b15b9796b57689310884622cb30: { blame: "personnelNumber", fields: ["personnelNumber"] } },
  referencedBy: [{ table: "deployment", column: "officer_id", label: "deployment(s)" }],
};
