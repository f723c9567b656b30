import { unContributionShare as contributionsSql, type ContributionDim, type ContributionFilterValues } from "../analytics/contributions";
import { assertCoverageFilter, countryCoverage as coverageSql } from "../analytics/coverage";
import { uniqueDimensions, type ParticipationDimension } from "../analytics/dimensions";
import { headcountSeries as headcountSql, type IntervalUnit } from "../analytics/headcount";
import { assertKnownCodes } from "../analytics/known-codes";
import { femaleParticipation as participationSql } from "../analytics/participation";
import type { ParticipationFilterValues } from "../analytics/participation-filter";
import { resolvePeriod } from "../analytics/period";
import { combined, registerProvenance, type ProvenanceValues, trainingProvenance, unProvenance } from "../analytics/provenance";
import { reconciliation as reconciliationSql } from "../analytics/reconciliation";
import { targetProgress as targetsSql } from "../analytics/targets";
import { trainingsDelivered as trainingsSql, type TrainingDim, type TrainingFilterValues } from "../analytics/trainings";
import { UserInputError } from "../errors";
import { resolveMinCellSize } from "../policy";
import { missionByCode } from "../repositories/mission.repository";
import type { Scope } from "../scope";

/**
 * The reports, as the API, the exports and any other caller run them: each checks its own
 * arguments (period, repeated dimensions, the caller's minimum cell size, unknown codes) and reads
 * through the scope's report connection. Arguments are named as the GraphQL arguments are.
 */

/** Whether the caller wants the provenance (docs/definitions.md 14): one statement more; by default yes. */
interface ProvenanceArgs {
  provenance?: boolean;
}

const asked = (args: ProvenanceArgs, run: () => Promise<ProvenanceValues>): Promise<ProvenanceValues | null> =>
  args.provenance === false ? Promise.resolve(null) : run();

/** A period: `from` defaults to all time, `to` to today. */
interface PeriodArgs extends ProvenanceArgs {
  from?: string | null;
  to?: string | null;
}

export interface ParticipationArgs extends PeriodArgs {
  filter?: ParticipationFilterValues | null;
  groupBy?: readonly ParticipationDimension[] | null;
  seniorOnly?: boolean | null;
  minCellSize?: number | null;
  /** Whether the caller reads the total (by default yes): without disclosure control, one count of the register less. */
  total?: boolean;
  /** Whether the caller reads person-days (by default yes): without disclosure control, they are not summed otherwise. */
  personDays?: boolean;
}

/** The checks of a report over the register: its period, its dimensions, the caller's cell size, its codes. */
async function registerArgs(scope: Scope, args: PeriodArgs & Omit<ParticipationArgs, "seniorOnly">) {
  const period = resolvePeriod(args.from, args.to);
  const groupBy = uniqueDimensions(args.groupBy);
  const minCellSize = resolveMinCellSize(args.minCellSize, scope.caller);
  await assertKnownCodes(scope.reportReads, "filter", args.filter ?? {});
  return { period, groupBy, minCellSize };
}

type ParticipationReport = Awaited<ReturnType<typeof participationSql>>;
type WithTotal = Omit<ParticipationReport, "total"> & { total: NonNullable<ParticipationReport["total"]> };

/** With `total: false`, the total may be left out (null); otherwise it is there. */
export async function femaleParticipation(scope: Scope, args: ParticipationArgs & { total?: true }): Promise<ReturnType<typeof withProvenance<WithTotal>>>;
export async function femaleParticipation(scope: Scope, args: ParticipationArgs): Promise<ReturnType<typeof withProvenance<ParticipationReport>>>;
export async function femaleParticipation(scope: Scope, args: ParticipationArgs) {
  const { period, groupBy, minCellSize } = await registerArgs(scope, args);
  const [report, provenance] = await Promise.all([
    participationSql(scope.reportReads, { period, filter: args.filter, groupBy, seniorOnly: args.seniorOnly, minCellSize, total: args.total, personDays: args.personDays }),
    asked(args, () => registerProvenance(scope.reportReads, { period, filter: args.filter, seniorOnly: args.seniorOnly })),
  ]);
  return withProvenance(report, provenance);
}

/**
 * A report with its provenance (docs/definitions.md 14), on the report and on each of its rows: a
 * row read alone, or exported, still says where its figures come from.
 */
function withProvenance<R extends object>(report: R, provenance: ProvenanceValues | null): R & { provenance?: ProvenanceValues } {
  if (!provenance) return report;
  const out: Record<string, unknown> = { ...report, provenance };
  for (const [field, value] of Object.entries(report)) {
    if (Array.isArray(value)) out[field] = value.map((row: object) => ({ ...row, provenance }));
    else if (field === "total" && value) out[field] = { ...value, provenance };
  }
  return out as R & { provenance: ProvenanceValues };
}

export interface HeadcountArgs extends ProvenanceArgs {
  from: string;
  to: string;
  interval: IntervalUnit;
  filter?: ParticipationFilterValues | null;
  groupBy?: readonly ParticipationDimension[] | null;
  minCellSize?: number | null;
}

export async function headcountSeries(scope: Scope, args: HeadcountArgs) {
  const { period, groupBy, minCellSize } = await registerArgs(scope, args);
  const [points, provenance] = await Promise.all([
    headcountSql(scope.reportReads, { period, interval: args.interval, filter: args.filter, groupBy, minCellSize }),
    asked(args, () => registerProvenance(scope.reportReads, { period, filter: args.filter })),
  ]);
  // A series is a list: each point carries the provenance of the whole series.
  return provenance ? points.map((p) => ({ ...p, provenance })) : points;
}

export interface TrainingArgs extends PeriodArgs {
  filter?: TrainingFilterValues | null;
  groupBy?: readonly TrainingDim[] | null;
}

export async function trainingsDelivered(scope: Scope, args: TrainingArgs) {
  const period = resolvePeriod(args.from, args.to);
  const groupBy = uniqueDimensions(args.groupBy);
  const f = args.filter;
  await assertKnownCodes(scope.reportReads, "filter", { topics: f?.topics, themes: f?.themes, countries: f?.countries, missions: f?.missions });
  const [report, provenance] = await Promise.all([trainingsSql(scope.reportReads, { period, filter: f, groupBy }), asked(args, () => trainingProvenance(scope.reportReads, { period, filter: f }))]);
  return withProvenance(report, provenance);
}

export interface CoverageArgs extends PeriodArgs {
  filter?: ParticipationFilterValues | null;
  minCellSize?: number | null;
}

export async function countryCoverage(scope: Scope, args: CoverageArgs) {
  const { period, minCellSize } = await registerArgs(scope, args);
  assertCoverageFilter(args.filter, minCellSize);
  const [report, provenance] = await Promise.all([
    coverageSql(scope.reportReads, { period, fromGiven: args.from != null, filter: args.filter, minCellSize }),
    asked(args, () => registerProvenance(scope.reportReads, { period, filter: args.filter })),
  ]);
  return withProvenance({ countriesCount: report.countries.length, ...report }, provenance);
}

export interface ContributionArgs extends PeriodArgs {
  filter?: ContributionFilterValues | null;
  groupBy?: readonly ContributionDim[] | null;
}

export async function unContributionShare(scope: Scope, args: ContributionArgs) {
  const period = resolvePeriod(args.from, args.to);
  const groupBy = uniqueDimensions(args.groupBy);
  const f = args.filter;
  await assertKnownCodes(scope.reportReads, "filter", { missions: f?.missions, contributors: f?.contributors });
  const [report, provenance] = await Promise.all([contributionsSql(scope.reportReads, { period, filter: f, groupBy }), asked(args, () => unProvenance(scope.reportReads, { period, filter: f }))]);
  return withProvenance(report, provenance);
}

export interface TargetArgs extends ProvenanceArgs {
  year?: number | null;
  /** Indicator code. */
  indicator?: string | null;
}

export function targetProgress(scope: Scope, args: TargetArgs) {
  return targetsSql(scope.reportReads, { year: args.year, indicator: args.indicator, minCellSize: resolveMinCellSize(null, scope.caller), provenance: args.provenance !== false });
}

export interface ReconciliationArgs extends ProvenanceArgs {
  from: string;
  to: string;
  /** Mission code. */
  mission?: string | null;
}

export async function reconciliation(scope: Scope, args: ReconciliationArgs) {
  const period = resolvePeriod(args.from, args.to);
  const { mission } = args;
  if (mission && !(await missionByCode(scope.reads, mission))) throw new UserInputError(`mission: unknown code ${JSON.stringify(mission)}`, "mission");
  const missions = mission ? [mission] : null;
  const [rows, register, un] = await Promise.all([
    reconciliationSql(scope.reportReads, { period, mission }),
    asked(args, () => registerProvenance(scope.reportReads, { period, filter: { organizations: ["UN"], missions } })),
    asked(args, () => unProvenance(scope.reportReads, { period, filter: { contributors: ["CAN"], personnelTypes: ["INDIVIDUAL_POLICE", "FORMED_POLICE_UNIT"], missions } })),
  ]);
  if (!register || !un) return rows;
  // Every row compares the register with the UN: it carries both sources.
  const provenance = combined([register, un], un.asOf ?? period.to);
  return rows.map((r) => ({ ...r, provenance }));
}
