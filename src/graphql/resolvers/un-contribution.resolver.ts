import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from "type-graphql";
import { listPage } from "./list-page";
import { toUnContribution, unContributionList } from "../../core/repositories/un-contribution.repository";
import { UnContributionConnection } from "../schema/connections";
import { Country } from "../schema/country.type";
import { Mission } from "../schema/mission.type";
import { UnContributionsArgs } from "../schema/un-contribution.args";
import { UnContribution } from "../schema/un-contribution.type";
import type { Context } from "../context";

@Resolver(() => UnContribution)
export class UnContributionResolver {
  @Query(() => UnContributionConnection, { description: "The UN's monthly statistics of uniformed personnel by gender (real, 2015-01..2025-07)." })
  unContributions(@Args() args: UnContributionsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listPage(ctx, info, "UnContribution", unContributionList, args, toUnContribution);
  }

  @FieldResolver(() => Mission, { nullable: true, description: "Null where the report gave country totals only (2018-03..2019-08)." })
  mission(@Root() u: UnContribution, @Ctx() ctx: Context) {
    return u.missionId === null ? null : ctx.loaders.missionById.load(u.missionId);
  }

  @FieldResolver(() => Country, { description: "The contributing country." })
  contributor(@Root() u: UnContribution, @Ctx() ctx: Context) {
    return ctx.loaders.countryByIso3.load(u.countryIso3);
  }
}
