import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import { listPage } from "./list-page";
import { toWpsIndicator, toWpsMilestone, wpsIndicatorList, wpsMilestoneList } from "../../core/repositories/wps.repository";
import { WpsIndicatorConnection, WpsMilestoneConnection } from "../schema/connections";
import { Country } from "../schema/country.type";
import { Mission } from "../schema/mission.type";
import { WpsIndicatorsArgs } from "../schema/wps-indicator.args";
import { WpsIndicator } from "../schema/wps-indicator.type";
import { WpsMilestonesArgs } from "../schema/wps-milestone.args";
import { WpsMilestone } from "../schema/wps-milestone.type";
import { WpsTarget } from "../schema/wps-target.type";
import type { Context } from "../context";

@Resolver(() => WpsMilestone)
export class WpsMilestoneResolver {
  @Query(() => WpsMilestoneConnection, { description: "Women, Peace and Security milestones named by the RCMP (reference data, real)." })
  wpsMilestones(@Args() args: WpsMilestonesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "WpsMilestone", wpsMilestoneList, args, toWpsMilestone);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() m: WpsMilestone, @Ctx() ctx: Context) {
    return m.countryIso3 === null ? null : ctx.loaders.countryByIso3.load(m.countryIso3);
  }

  @FieldResolver(() => Mission, { nullable: true })
  mission(@Root() m: WpsMilestone, @Ctx() ctx: Context) {
    return m.missionId === null ? null : ctx.loaders.missionById.load(m.missionId);
  }
}

@Resolver(() => WpsIndicator)
export class WpsIndicatorResolver {
  @Query(() => WpsIndicatorConnection, { description: "WPS indicators with their targets (reference data, real)." })
  wpsIndicators(@Args() args: WpsIndicatorsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "WpsIndicator", wpsIndicatorList, args, toWpsIndicator);
  }

  @FieldResolver(() => [WpsTarget], { description: "Targets by year." })
  targets(@Root() i: WpsIndicator, @Ctx() ctx: Context) {
    return ctx.loaders.targetsByIndicatorId.load(i.pk);
  }
}

@Resolver(() => WpsTarget)
export class WpsTargetResolver {
  @FieldResolver(() => WpsIndicator)
  indicator(@Root() t: WpsTarget, @Ctx() ctx: Context) {
    return ctx.loaders.indicatorById.load(t.indicatorId);
  }
}
