import { REPORT_COSTS, type ReportArgs } from "../core/analytics/report-cost";
import type { Caller } from "../core/policy";
import { columnTree, treeSize } from "../export/columns";
import { reportColumns } from "../export/report-export";
import type { ReportRequest } from "../export/report-params";
import type { Limits } from "./limits";
import { assertMeasuredLimits } from "./operation-limits";

/**
 * An export's report is held to the limits of the same report asked of /graphql with the exported
 * fields as its selection: the same cost (report-cost.ts, every selected field counting 1, the
 * table's own field included), the report limit and the anonymous period limit.
 */
export function assertExportLimits(request: ReportRequest, caller: Caller, limits: Pick<Limits, "maxCost" | "maxReports" | "anonymousMaxYears">): void {
  const { report, table } = request;
  const selection = treeSize(columnTree(reportColumns(request))) + (table.field ? 1 : 0);
  const args = request.variables as ReportArgs;
  const cost = REPORT_COSTS[report.name](args, selection);
  assertMeasuredLimits(cost, [{ name: report.name, responseKey: report.name, args, cost }], caller, limits);
}
