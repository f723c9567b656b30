import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { countryCoverage } from "../../core/analytics/coverage";
import { unContributionShare } from "../../core/analytics/contributions";
import { uniqueDimensions } from "../../core/analytics/dimensions";
import { headcountSeries } from "../../core/analytics/headcount";
import { assertKnownCodes } from "../../core/analytics/known-codes";
import { femaleParticipation } from "../../core/analytics/participation";
import { resolvePeriod } from "../../core/analytics/period";
import { reconciliation } from "../../core/analytics/reconciliation";
import { resolveMinCellSize } from "../../core/analytics/suppression";
import { targetProgress } from "../../core/analytics/targets";
import { trainingsDelivered } from "../../core/analytics/trainings";
import { ContributionFilter, ContributionReport } from "../schema/analytics/contribution-report.type";
import { CoverageReport } from "../schema/analytics/coverage-report.type";
import { ContributionDimension, Interval, ParticipationDimension, TrainingDimension } from "../schema/analytics/dimensions.enum";
import { ParticipationFilter } from "../schema/analytics/participation.filter";
import { HeadcountPoint, ParticipationReport } from "../schema/analytics/participation.type";
import { ReconciliationRow, TargetProgress } from "../schema/analytics/target-progress.type";
import { TrainingFilter, TrainingReport } from "../schema/analytics/training-report.type";
import { UserInputError } from "../../core/errors";
import { missionByCode } from "../../core/repositories/mission.repository";
import { DateScalar } from "../schema/common/date.scalar";
import type { Context } from "../context";

const REGISTER = "Computed in the database from the register (SYNTHETIC in the demo database); small cells suppressed.";

/**
 * Thin: validate, then delegate to src/analytics, where the SQL lives. Each report's cost and limits
 * are checked before any of it runs (src/analytics/report-cost.ts, src/server/operation-limits.ts).
 */
@Resolver()
export class AnalyticsResolver {
  @Query(() => ParticipationReport, { description: `Officers deployed and women's participation rate (female / known gender). ${REGISTER}` })
  async femaleParticipation(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { nullable: true, description: "Default: all time." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Default: today." }) to?: string | null,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter | null,
    @Arg("groupBy", () => [ParticipationDimension], { nullable: true }) groupBy?: ParticipationDimension[] | null,
    @Arg("seniorOnly", () => Boolean, { nullable: true, description: "Only deployments flagged senior." }) seniorOnly?: boolean | null,
    @Arg("minCellSize", () => Int, { nullable: true, description: "Default 5; below 5 needs the ANALYST role." }) minCellSize?: number | null,
  ) {
    const period = resolvePeriod(from, to);
    const dims = uniqueDimensions(groupBy);
    const min = resolveMinCellSize(minCellSize, ctx.caller);
    await assertKnownCodes(ctx.db, "filter", filter ?? {});
    return femaleParticipation(ctx.db, { period, filter, groupBy: dims, seniorOnly, minCellSize: min });
  }

  @Query(() => [HeadcountPoint], { description: `Officers deployed at each month, quarter or year end in [from, to]. ${REGISTER}` })
  async headcountSeries(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("interval", () => Interval) interval: Interval,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter | null,
    @Arg("groupBy", () => [ParticipationDimension], { nullable: true }) groupBy?: ParticipationDimension[] | null,
    @Arg("minCellSize", () => Int, { nullable: true }) minCellSize?: number | null,
  ) {
    const period = resolvePeriod(from, to);
    const dims = uniqueDimensions(groupBy);
    const min = resolveMinCellSize(minCellSize, ctx.caller);
    await assertKnownCodes(ctx.db, "filter", filter ?? {});
    return headcountSeries(ctx.db, { period, interval, filter, groupBy: dims, minCellSize: min });
  }

  @Query(() => TrainingReport, { description: "Trainings delivered (deliveries starting in the period); SYNTHETIC in the demo database." })
  async trainingsDelivered(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string | null,
    @Arg("filter", () => TrainingFilter, { nullable: true }) filter?: TrainingFilter | null,
    @Arg("groupBy", () => [TrainingDimension], { nullable: true }) groupBy?: TrainingDimension[] | null,
  ) {
    const period = resolvePeriod(from, to);
    const dims = uniqueDimensions(groupBy);
    await assertKnownCodes(ctx.db, "filter", { topics: filter?.topics, themes: filter?.themes, countries: filter?.countries, missions: filter?.missions });
    return trainingsDelivered(ctx.db, { period, filter, groupBy: dims });
  }

  @Query(() => CoverageReport, { description: `Host countries served, per country and by year. ${REGISTER}` })
  async countryCoverage(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { nullable: true, description: "Default: all time (byYear starts at the earliest deployment)." }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string | null,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter | null,
    @Arg("minCellSize", () => Int, { nullable: true }) minCellSize?: number | null,
  ) {
    const period = resolvePeriod(from, to);
    const min = resolveMinCellSize(minCellSize, ctx.caller);
    await assertKnownCodes(ctx.db, "filter", filter ?? {});
    const report = await countryCoverage(ctx.db, { period, fromGiven: from != null, filter, minCellSize: min });
    return { countriesCount: report.countries.length, ...report };
  }

  @Query(() => ContributionReport, { description: "Women's share of UN uniformed personnel (real UN statistics), over month-end snapshots." })
  async unContributionShare(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { nullable: true }) from?: string | null,
    @Arg("to", () => DateScalar, { nullable: true }) to?: string | null,
    @Arg("filter", () => ContributionFilter, { nullable: true }) filter?: ContributionFilter | null,
    @Arg("groupBy", () => [ContributionDimension], { nullable: true }) groupBy?: ContributionDimension[] | null,
  ) {
    const period = resolvePeriod(from, to);
    const dims = uniqueDimensions(groupBy);
    await assertKnownCodes(ctx.db, "filter", { missions: filter?.missions, contributors: filter?.contributors });
    return unContributionShare(ctx.db, { period, filter, groupBy: dims });
  }

  @Query(() => [TargetProgress], { description: "Progress to the WPS targets: actual value of each target's indicator in its year." })
  targetProgress(
    @Ctx() ctx: Context,
    @Arg("year", () => Int, { nullable: true }) year?: number | null,
    @Arg("indicator", () => String, { nullable: true, description: "Indicator code." }) indicator?: string | null,
  ) {
    return targetProgress(ctx.db, { year, indicator, minCellSize: resolveMinCellSize(null, ctx.caller) });
  }

  @Query(() => [ReconciliationRow], { description: "Register headcount of Canadian officers against the UN's count, per month end and UN-led mission." })
  async reconciliation(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("mission", () => String, { nullable: true, description: "Mission code." }) mission?: string | null,
  ) {
    const period = resolvePeriod(from, to);
    if (mission && !(await missionByCode(ctx.reads, mission))) throw new UserInputError(`mission: unknown code ${JSON.stringify(mission)}`, "mission");
    return reconciliation(ctx.db, { period, mission });
  }
}
