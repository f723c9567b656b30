import { TeamFocus } from "../../domain/enums";
import { FIELD_RULES } from "../../input/field-rules";
import type { SpecializedTeamRow } from "../../model/specialized-team";
import type { KindSpec } from "../kind";
import { readSource, sourceField } from "../source-field";

/** What an import writes of a team: its columns without the key. */
type TeamRow = Omit<SpecializedTeamRow, "pk" | "source"> & { source: string | null };

export const teamsKind: KindSpec<TeamRow> = {
  kind: "teams",
  table: "specialized_team",
  columns: [
    { name: "mission_code", required: true },
    { name: "name", required: true },
    { name: "focus", required: true },
    { name: "led_by_canada", required: false },
    { name: "start_date", required: false },
    { name: "end_date", required: false },
    { name: "source", required: false },
  ],
  keyColumns: ["mission_code", "name"],
  references: ["missions"],
  parse(ctx, refs) {
    const missionId = ctx.refCode("mission_code", FIELD_RULES.missionCode, refs.missions, "mission", true);
    const name = ctx.checked("name", FIELD_RULES.teamName, true);
    const focus = ctx.enumOf("focus", TeamFocus, true);
    const ledByCanada = ctx.bool("led_by_canada");
    const startDate = ctx.date("start_date", false);
    const endDate = ctx.date("end_date", false);
    ctx.rules("specialized_team", { start_date: startDate, end_date: endDate });
    const source = readSource(ctx);
    if (ctx.failed) return null;
    // led_by_canada is NOT NULL with default false: an empty cell is false.
    return { missionId: missionId!, name: name!, focus: focus!, ledByCanada: ledByCanada ?? false, startDate: startDate ?? null, endDate: endDate ?? null, source };
  },
  key: (r) => `${r.missionId}\u0000${r.name}`,
  fields: [
    { column: "mission_id", type: "int", key: true, value: (r) => r.missionId },
    { column: "name", type: "text", key: true, value: (r) => r.name },
    { column: "focus", type: "text", value: (r) => r.focus },
    { column: "led_by_canada", type: "boolean", file: "led_by_canada", value: (r) => r.ledByCanada },
    { column: "start_date", type: "date", file: "start_date", value: (r) => r.startDate },
    { column: "end_date", type: "date", file: "end_date", value: (r) => r.endDate },
    sourceField(),
  ],
  conflict: "(mission_id, name)",
};
