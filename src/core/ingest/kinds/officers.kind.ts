import { Gender } from "../../domain/enums";
import { FIELD_RULES } from "../../input/field-rules";
import type { KindSpec } from "../kind";
import { readSource, sourceField } from "../source-field";

interface OfficerRow {
  personnelNumber: string;
  givenName: string | null;
  familyName: string | null;
  gender: Gender;
  rank: string | null;
  policeServiceId: number;
  source: string | null;
}

export const officersKind: KindSpec<OfficerRow> = {
  kind: "officers",
  table: "officer",
  columns: [
    { name: "personnel_number", required: true },
    { name: "given_name", required: false },
    { name: "family_name", required: false },
    { name: "gender", required: true },
    { name: "rank", required: false },
    { name: "police_service_code", required: true },
    { name: "source", required: false },
  ],
  keyColumns: ["personnel_number"],
  references: ["policeServices", "officers"],
  parse(ctx, refs) {
    const personnelNumber = ctx.checked("personnel_number", FIELD_RULES.personnelNumber, true);
    ctx.newKey("personnel_number", personnelNumber, refs.officers);
    const givenName = ctx.checked("given_name", FIELD_RULES.personName, false);
    const familyName = ctx.checked("family_name", FIELD_RULES.personName, false);
    const gender = ctx.enumOf("gender", Gender, true);
    const rank = ctx.checked("rank", FIELD_RULES.rank, false);
    const policeServiceId = ctx.refCode("police_service_code", FIELD_RULES.policeServiceCode, refs.policeServices, "police service", true);
    const source = readSource(ctx);
    if (ctx.failed) return null;
    return {
      personnelNumber: personnelNumber!,
      givenName: givenName ?? null,
      familyName: familyName ?? null,
      gender: gender!,
      rank: rank ?? null,
      policeServiceId: policeServiceId!,
      source,
    };
  },
  key: (r) => r.personnelNumber,
  fields: [
    { column: "personnel_number", type: "text", key: true, value: (r) => r.personnelNumber },
    { column: "given_name", type: "text", file: "given_name", value: (r) => r.givenName },
    { column: "family_name", type: "text", file: "family_name", value: (r) => r.familyName },
    { column: "gender", type: "text", value: (r) => r.gender },
    { column: "rank", type: "text", file: "rank", value: (r) => r.rank },
    { column: "police_service_id", type: "int", value: (r) => r.policeServiceId },
    sourceField(),
  ],
  conflict: "(personnel_number)",
};
