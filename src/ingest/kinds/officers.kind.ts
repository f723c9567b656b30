import { Gender } from "../../domain/enums";
import type { KindSpec } from "../kind";

interface OfficerRow {
  personnelNumber: string;
  givenName: string | null;
  familyName: string | null;
  gender: Gender;
  rank: string | null;
  policeServiceId: number;
  source: string;
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
  ],
  keyColumns: ["personnel_number"],
  references: ["policeServices"],
  parse(ctx, refs, file) {
    const personnelNumber = ctx.text("personnel_number", true, 32);
    const gender = ctx.enumOf("gender", Gender, true);
    const policeServiceId = ctx.ref("police_service_code", ctx.required("police_service_code"), refs.policeServices, "police service");
    if (ctx.failed) return null;
    return {
      personnelNumber: personnelNumber!,
      givenName: ctx.raw("given_name") ?? null,
      familyName: ctx.raw("family_name") ?? null,
      gender: gender!,
      rank: ctx.raw("rank") ?? null,
      policeServiceId: policeServiceId!,
      source: file.name,
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
    { column: "source", type: "text", touch: true, value: (r) => r.source },
  ],
  conflict: "(personnel_number)",
};
