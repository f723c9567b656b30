import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { asksFor } from "../asks-for";
import * as reports from "../../core/reports";
import { primeReferences } from "../../core/loaders/references";
import { ContributionFilter, ContributionReport } from "../schema/analytics/contribution-report.type";
import { CoverageReport } from "../schema/analytics/coverage-report.type";
import { ContributionDimension, Interval, ParticipationDimension, TrainingDimension } from "../schema/analytics/dimensions.enum";
import { ParticipationFilter } from "../schema/analytics/participation.filter";
import { HeadcountPoint, ParticipationReport } from "../schema/analytics/participation.type";
import { ReconciliationRow, TargetProgress } from "../schema/analytics/target-progress.type";
import { TrainingFilter, TrainingReport } from "../schema/analytics/training-report.type";
import { DateScalar } from "../schema/common/date.scalar";
import type { Context } from "../context";

const REGISTER = "Computed in the database from the register (SYNTHETIC in the demo database); small cells suppressed.";

/**
 * Thin: each report is the core's (src/core/reports), which checks its arguments and runs its SQL.
 * Each report's cost and limits are checked before any of it runs (src/core/analytics/report-cost.ts,
 * src/server/operation-limits.ts).
 */
// A participation row's figures that need person-days summed.
const PERSON_DAYS = ["personDays", "femalePersonDays", "femalePersonDayShare"];

@Resolver()
export class AnalyticsResolver {
  @Query(() => ParticipationReport, { description: `Officers deployed (distinct officers with a deployment overlapping the period; an officer counts once in each group) and women's participation rate (female / known gender), with its 95 % Wilson interval; small groups withheld. Definitions 1-8 of docs/definitions.md. ${REGISTER}` })
  async femaleParticipation(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => DateScalar, { nullable: true, description: "Default: all time." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Default: today." }) to?: string | null,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter | null,
    @Arg("groupBy", () => [ParticipationDimension], { nullable: true }) groupBy?: ParticipationDimension[] | null,
    @Arg("seniorOnly", () => Boolean, { nullable: true, description: "Only deployments flagged senior." }) seniorOnly?: boolean | null,
    @Arg("minCellSize", () => Int, { nullable: true, description: "Default 5; below 5 needs the ANALYST role." }) minCellSize?: number | null,
  ) {
    const report = await reports.femaleParticipation(ctx, { from, to, filter, groupBy, seniorOnly, minCellSize, provenance: asksFor(info, "provenance"), total: asksFor(info, "total"), personDays: PERSON_DAYS.some((f) => asksFor(info, f)) });
    // The missions, roles, ... its keys point at came with the report: no statement of their own.
    primeReferences(ctx.loaders, report.references);
    return report;
  }

  @Query(() => [HeadcountPoint], { description: `Officers deployed at each month, quarter or year end in [from, to]: distinct officers whose deployment has started and not ended on that date (docs/definitions.md 5). ${REGISTER}` })
  headcountSeries(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("interval", () => Interval) interval: Interval,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter | null,
    @Arg("groupBy", () => [ParticipationDimension], { nullable: true }) groupBy?: ParticipationDimension[] | null,
    @Arg("minCellSize", () => Int, { nullable: true }) minCellSize?: number | null,
  ) {
    return reports.headcountSeries(ctx, { from, to, interval, filter, groupBy, minCellSize, provenance: asksFor(info, "provenance") });
  }

  @Query(() => TrainingReport, { description: "Trainings delivered: deliveries starting in the period; participants are enrolments, not distinct people (docs/definitions.md 9). SYNTHETIC in the demo database." })
  trainingsDelivered(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string | null,
    @Arg("filter", () => TrainingFilter, { nullable: true }) filter?: TrainingFilter | null,
    @Arg("groupBy", () => [TrainingDimension], { nullable: true }) groupBy?: TrainingDimension[] | null,
  ) {
    return reports.trainingsDelivered(ctx, { from, to, filter, groupBy, provenance: asksFor(info, "provenance") });
  }

  @Query(() => CoverageReport, { description: `Host countries served, per country and by year: a mission with several host countries counts for each (docs/definitions.md 10). ${REGISTER}` })
  countryCoverage(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => DateScalar, { nullable: true, description: "Default: all time (byYear starts at the earliest deployment)." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string | null,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter | null,
    @Arg("minCellSize", () => Int, { nullable: true }) minCellSize?: number | null,
  ) {
    return reports.countryCoverage(ctx, { from, to, filter, minCellSize, provenance: asksFor(info, "provenance") });
  }

  @Query(() => ContributionReport, { description: "Women's share of UN uniformed personnel (real UN statistics): sum(female) / sum(total) over month-end snapshots, never stocks summed as flows (docs/definitions.md 11)." })
  unContributionShare(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string | null,
    @Arg("filter", () => ContributionFilter, { nullable: true }) filter?: ContributionFilter | null,
    @Arg("groupBy", () => [ContributionDimension], { nullable: true }) groupBy?: ContributionDimension[] | null,
  ) {
    return reports.unContributionShare(ctx, { from, to, filter, groupBy, provenance: asksFor(info, "provenance") });
  }

  @Query(() => [TargetProgress], { description: "Progress to the WPS targets (docs/definitions.md 12): the indicator's value in the target's year (actual, gap, met), and the latest value up to that year with its Wilson interval (register rates), its five-year least-squares trend, the yearly change needed and whether the trend reaches the target (onTrack). `year` selects the targets of one year. Register indicators are SYNTHETIC in the demo database; UN indicators are REAL: see `provenance`." })
  targetProgress(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("year", () => Int, { nullable: true }) year?: number | null,
    @Arg("indicator", () => String, { nullable: true, description: "Indicator code." }) indicator?: string | null,
  ) {
    return reports.targetProgress(ctx, { year, indicator, provenance: asksFor(info, "provenance") });
  }

  @Query(() => [ReconciliationRow], { description: "Register headcount of Canadian officers against the UN's count of Canadian police per month end and UN-led mission (difference register - UN), with unCoverage saying where the UN gave no figure to compare and a COUNTRY_TOTAL row in the months it gave Canada's total only (docs/definitions.md 13)." })
  reconciliation(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("mission", () => String, { nullable: true, description: "Mission code." }) mission?: string | null,
  ) {
    return reports.reconciliation(ctx, { from, to, mission, provenance: asksFor(info, "provenance") });
  }
}
