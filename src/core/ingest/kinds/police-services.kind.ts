import { Jurisdiction } from "../../domain/enums";
import { FIELD_RULES } from "../../input/field-rules";
import type { KindSpec } from "../kind";

// Canada's provinces and territories, as police_service.province stores them.
const PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

interface PoliceServiceRow {
  code: string;
  name: string;
  jurisdiction: Jurisdiction;
  province: string | null;
}

export const policeServicesKind: KindSpec<PoliceServiceRow> = {
  kind: "police-services",
  table: "police_service",
  columns: [
    { name: "code", required: true },
    { name: "name", required: true },
    { name: "jurisdiction", required: true },
    { name: "province", required: false },
  ],
  keyColumns: ["code"],
  references: ["policeServices"],
  parse(ctx, refs) {
    const code = ctx.checked("code", FIELD_RULES.policeServiceCode, true);
    ctx.newKey("code", code, refs.policeServices);
    const name = ctx.checked("name", FIELD_RULES.policeServiceName, true);
    const jurisdiction = ctx.enumOf("jurisdiction", Jurisdiction, true);
    let province = ctx.raw("province");
    if (province) {
      province = province.toUpperCase();
      if (!PROVINCES.includes(province)) ctx.error("province", `${JSON.stringify(ctx.raw("province"))} is not one of ${PROVINCES.join(", ")}`);
    }
    if (ctx.failed) return null;
    return { code: code!, name: name!, jurisdiction: jurisdiction!, province: province ?? null };
  },
  key: (r) => r.code,
  fields: [
    { column: "code", type: "text", key: true, value: (r) => r.code },
    { column: "name", type: "text", value: (r) => r.name },
    { column: "jurisdiction", type: "text", value: (r) => r.jurisdiction },
    { column: "province", type: "text", file: "province", value: (r) => r.province },
  ],
  conflict: "(code)",
};
