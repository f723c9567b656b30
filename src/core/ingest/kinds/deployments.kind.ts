import { FIELD_RULES } from "../../input/field-rules";
import type { DeploymentRow as DeploymentModelRow } from "../../model/deployment";
import type { KindSpec } from "../kind";
import { readSource, sourceField } from "../source-field";
import { teamKey } from "../references";

/** What an import writes of a deployment: its columns without the key. */
type DeploymentRow = Omit<DeploymentModelRow, "pk" | "source"> & { source: string | null };

export const deploymentsKind: KindSpec<DeploymentRow> = {
  kind: "deployments",
  table: "deployment",
  columns: [
    { name: "personnel_number", required: true },
    { name: "mission_code", required: true },
    { name: "role_code", required: true },
    { name: "team_name", required: false },
    { name: "start_date", required: true },
    { name: "end_date", required: false },
    { name: "senior", required: false },
    { name: "source", required: false },
  ],
  keyColumns: ["personnel_number", "mission_code", "start_date"],
  references: ["officers", "missions", "roles", "teams"],
  parse(ctx, refs) {
    const officerId = ctx.refCode("personnel_number", FIELD_RULES.personnelNumber, refs.officers, "personnel number", true, false);
    const missionId = ctx.refCode("mission_code", FIELD_RULES.missionCode, refs.missions, "mission", true);
    const missionCode = ctx.raw("mission_code");
    const roleId = ctx.refCode("role_code", FIELD_RULES.roleCode, refs.roles, "role", true);
    const teamName = ctx.checked("team_name", FIELD_RULES.teamName, false);
    let teamId: number | undefined;
    if (teamName && missionId) {
      teamId = refs.teams.get(teamKey(missionId, teamName));
      if (teamId === undefined) ctx.error("team_name", `unknown team ${JSON.stringify(teamName)} in mission ${missionCode}`);
    }
    const startDate = ctx.date("start_date", true);
    const endDate = ctx.date("end_date", false);
    ctx.rules("deployment", { start_date: startDate, end_date: endDate });
    const senior = ctx.bool("senior");
    const source = readSource(ctx);
    if (ctx.failed) return null;
    // senior is NOT NULL with default false: an empty cell is false.
    return { officerId: officerId!, missionId: missionId!, roleId: roleId!, teamId: teamId ?? null, startDate: startDate!, endDate: endDate ?? null, senior: senior ?? false, source };
  },
  key: (r) => `${r.officerId}\u0000${r.missionId}\u0000${r.startDate}`,
  fields: [
    { column: "officer_id", type: "int", key: true, value: (r) => r.officerId },
    { column: "mission_id", type: "int", key: true, value: (r) => r.missionId },
    { column: "start_date", type: "date", key: true, value: (r) => r.startDate },
    { column: "role_id", type: "int", value: (r) => r.roleId },
    { column: "team_id", type: "int", file: "team_name", value: (r) => r.teamId },
    { column: "end_date", type: "date", file: "end_date", value: (r) => r.endDate },
    { column: "senior", type: "boolean", file: "senior", value: (r) => r.senior },
    sourceField(),
  ],
  conflict: "(officer_id, mission_id, start_date)",
};
